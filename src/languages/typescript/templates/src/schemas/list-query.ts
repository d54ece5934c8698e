import { z } from "zod";
import { toFieldErrors, ValidationProblem } from "../http/problems.js";

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/** One term of `sort=name,-price`. */
export interface SortTerm {
  field: string;
  descending: boolean;
}

/** A page of a list: `{ items, total, limit, offset }`. */
export interface Page<Item> {
  items: Item[];
  total: number;
  limit: number;
  offset: number;
}

/** A page of `item`s as a schema, for the OpenAPI document. */
export function pageOf(item: z.ZodType) {
  return z.object({
    items: z.array(item),
    total: z.int(),
    limit: z.int(),
    offset: z.int(),
  });
}

export interface ListQuery<Filters> {
  limit: number;
  offset: number;
  sort: SortTerm[];
  filters: Filters;
}

type Paging = Omit<ListQuery<never>, "filters">;

const digits = (error: string) => z.string().regex(/^\d+$/, { error }).transform(Number);

/**
 * The query string of a list: `limit`, `offset`, `sort` and the resource's filters, each
 * checked so that every invalid parameter is reported at once; unknown ones are ignored.
 */
export function listQuery<Filters extends z.ZodRawShape>(
  filters: z.ZodObject<Filters>,
  sortable: readonly string[],
): z.ZodType<ListQuery<z.output<z.ZodObject<Filters>>>> {
  return z
    .object({
      // Values above the maximum are clamped to it, however large.
      limit: digits("must be an integer from 1")
        .refine((value) => value >= 1, { error: "must be an integer from 1" })
        .transform((value) => Math.min(value, MAX_LIMIT))
        .default(DEFAULT_LIMIT),
      offset: digits("must be an integer from 0")
        .refine((value) => Number.isSafeInteger(value), { error: "is too large" })
        .default(0),
      sort: z
        .string()
        .optional()
        .transform((value, context) => {
          const { terms, error } = parseSort(value, sortable);
          if (error !== undefined) context.addIssue({ code: "custom", message: error });
          return terms;
        }),
    })
    .extend(filters.shape)
    .transform((values) => {
      const { limit, offset, sort, ...rest } = values as Paging & Record<string, unknown>;
      return { limit, offset, sort, filters: rest as z.output<z.ZodObject<Filters>> };
    });
}

/** Parses a query string with a schema; the last of repeated parameters wins. */
export function parseQuery<Output>(
  schema: z.ZodType<Output>,
  query: Readonly<Record<string, unknown>>,
): Output {
  const values = Object.fromEntries(
    Object.entries(query).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.at(-1) : value,
    ]),
  );
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw new ValidationProblem(toFieldErrors(parsed.error));
  return parsed.data;
}

/** `name,-price` → terms; an unknown or empty field is an error naming the choices. */
export function parseSort(
  sort: string | undefined,
  sortable: readonly string[],
): { terms: SortTerm[]; error: string | undefined } {
  if (sort === undefined) return { terms: [], error: undefined };
  const terms: SortTerm[] = [];
  for (const key of sort.split(",")) {
    const field = key.startsWith("-") ? key.slice(1) : key;
    if (!sortable.includes(field)) {
      const error = `unknown sort field "${field}"; use one of ${sortable.join(", ")}, with - for descending`;
      return { terms: [], error };
    }
    terms.push({ field, descending: key.startsWith("-") });
  }
  return { terms, error: undefined };
}
