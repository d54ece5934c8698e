import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ValidationProblem } from "../../src/http/problems.js";
import { listQuery, MAX_LIMIT, parseQuery, parseSort } from "../../src/schemas/list-query.js";

const sortable = ["id", "name", "createdAt"];
const query = listQuery(z.object({ name: z.string().optional() }), sortable);

function fieldsOf(values: Record<string, unknown>): string[] {
  try {
    parseQuery(query, values);
  } catch (error) {
    if (error instanceof ValidationProblem) return (error.extras.errors ?? []).map((e) => e.field);
    throw error;
  }
  return [];
}

describe("listQuery", () => {
  it("defaults to the first 20 items in the default order", () => {
    expect(parseQuery(query, {})).toEqual({
      limit: 20,
      offset: 0,
      sort: [],
      filters: {},
    });
  });

  it("clamps the limit, takes the last of repeated parameters and ignores unknown ones", () => {
    const parsed = parseQuery(query, { limit: "1000", offset: ["1", "2"], name: "x", other: "y" });
    expect(parsed).toMatchObject({ limit: MAX_LIMIT, offset: 2, filters: { name: "x" } });
  });

  it("reports every invalid parameter at once", () => {
    expect(fieldsOf({ limit: "0", offset: "-1", sort: "nope" })).toEqual([
      "limit",
      "offset",
      "sort",
    ]);
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
