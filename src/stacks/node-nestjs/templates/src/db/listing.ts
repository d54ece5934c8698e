import type { FindManyOptions, FindOptionsOrder, FindOptionsWhere } from "typeorm";
import type { ListQuery } from "../schemas/list-query.js";

/**
 * TypeORM's find options for a list query: an exact match per filter given, the sort
 * (createdAt by default) with `id` breaking the remaining ties, and the page. PostgreSQL puts
 * NULLs last in ascending order and first in descending order.
 */
export function toFindOptions<Entity extends { id: string }>(
  query: ListQuery<object>,
): FindManyOptions<Entity> {
  const where = Object.fromEntries(
    Object.entries(query.filters).filter(([, value]) => value !== undefined),
  );
  const sort = query.sort.length > 0 ? query.sort : [{ field: "createdAt", descending: false }];
  const order: Record<string, "ASC" | "DESC"> = Object.fromEntries(
    sort.map(({ field, descending }) => [field, descending ? "DESC" : "ASC"]),
  );
  order.id ??= "ASC";
  return {
    where: where as FindOptionsWhere<Entity>,
    order: order as FindOptionsOrder<Entity>,
    take: query.limit,
    skip: query.offset,
  };
}
