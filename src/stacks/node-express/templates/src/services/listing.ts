import { type AnyColumn, asc, desc, eq, type SQL } from "drizzle-orm";
import type { SortTerm } from "../schemas/list-query.js";

/** ORDER BY terms for `sort`; without one, createdAt. `id` always breaks the remaining ties. */
export function buildOrder(
  sort: readonly SortTerm[],
  columns: Readonly<Record<string, AnyColumn>>,
): SQL[] {
  const terms = sort.length > 0 ? sort : [{ field: "createdAt", descending: false }];
  const order = terms.flatMap(({ field, descending }) => {
    const column = columns[field];
    if (column === undefined) return [];
    return [descending ? desc(column) : asc(column)];
  });
  return [...order, asc(columns.id as AnyColumn)];
}

/** An exact-match condition per filter that was given. */
export function buildFilters(
  filters: Readonly<Record<string, unknown>>,
  columns: Readonly<Record<string, AnyColumn>>,
): SQL[] {
  return Object.entries(filters).flatMap(([field, value]) => {
    const column = columns[field];
    return column === undefined || value === undefined ? [] : [eq(column, value)];
  });
}
