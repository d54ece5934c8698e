import { z } from "zod";
import { toFieldErrors, ValidationProblem } from "../http/problems.js";

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/** One term of `sort=name,-price`. */
export interface SortTerm {
  field: string;
  descending: boolean;
}

export interface ListQuery<Filters> {
  limit: number;
  offset: number;
  sort: SortTerm[];
  filters: Filters;
}

const digits = (error: string) => z.string().regex(/^\d+$/, { error }).transform(Number);

const paging = z.object({
  // Values above the maximum are clamped to it, however large.
  limit: digits("must be an integer from 1")
    .refine((value) => value >= 1, { error: "must be an integer from 1" })
    .transform((value) => Math.min(value, MAX_LIMIT))
    .default(DEFAULT_LIMIT),
  offset: digits("must be an integer from 0")
    .refine((value) => Number.isSafeInteger(value), { error: "is too large" })
    .default(0),
  sort: z.string().optional(),
});

/**
 * Reads `limit`, `offset`, `sort` and the resource's filters from a query string: the last of
 * repeated parameters wins, unknown ones are ignored, and every invalid one is reported at once.
 */
export function parseListQuery<Filters>(
  query: Record<string, unknown>,
  filters: z.ZodType<Filters>,
  sortable: readonly string[],
): ListQuery<Filters> {
  const values = Object.fromEntries(
    Object.entries(query).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.at(-1) : value,
    ]),
  );
  const page = paging.safeParse(values);
  const filtered = filters.safeParse(values);
  const sort = page.success ? parseSort(page.data.sort, sortable) : { terms: [], error: undefined };
  const errors = [
    ...(page.success ? [] : toFieldErrors(page.error)),
    ...(filtered.success ? [] : toFieldErrors(filtered.error)),
    ...(sort.error === undefined ? [] : [{ field: "sort", message: sort.error }]),
  ];
  if (!page.success || !filtered.success || errors.length > 0) throw new ValidationProblem(errors);
  return {
    limit: page.data.limit,
    offset: page.data.offset,
    sort: sort.terms,
    filters: filtered.data,
  };
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
