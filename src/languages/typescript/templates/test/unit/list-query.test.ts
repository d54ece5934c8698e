import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ValidationProblem } from "../../src/http/problems.js";
import { MAX_LIMIT, parseListQuery, parseSort } from "../../src/schemas/list-query.js";

const filters = z.object({ name: z.string().optional() });
const sortable = ["id", "name", "createdAt"];

function fieldsOf(query: Record<string, unknown>): string[] {
  try {
    parseListQuery(query, filters, sortable);
  } catch (error) {
    if (error instanceof ValidationProblem) return (error.extras.errors ?? []).map((e) => e.field);
    throw error;
  }
  return [];
}

describe("parseListQuery", () => {
  it("defaults to the first 20 items in the default order", () => {
    expect(parseListQuery({}, filters, sortable)).toEqual({
      limit: 20,
      offset: 0,
      sort: [],
      filters: {},
    });
  });

  it("clamps the limit, takes the last of repeated parameters and ignores unknown ones", () => {
    const query = parseListQuery(
      { limit: "1000", offset: ["1", "2"], name: "x", other: "y" },
      filters,
      sortable,
    );
    expect(query).toMatchObject({ limit: MAX_LIMIT, offset: 2, filters: { name: "x" } });
  });

  it("reports every invalid parameter at once", () => {
    expect(fieldsOf({ limit: "0", offset: "-1", sort: "nope" })).toEqual(["limit", "offset"]);
    expect(fieldsOf({ limit: "abc" })).toEqual(["limit"]);
    expect(fieldsOf({ sort: "" })).toEqual(["sort"]);
  });
});

describe("parseSort", () => {
  it("reads fields and directions", () => {
    expect(parseSort("name,-createdAt", sortable).terms).toEqual([
      { field: "name", descending: false },
      { field: "createdAt", descending: true },
    ]);
  });

  it("refuses unknown and empty fields", () => {
    expect(parseSort("name,,id", sortable).error).toContain('""');
    expect(parseSort("-price", sortable).error).toContain('"price"');
  });
});
