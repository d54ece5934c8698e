import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSpec, parseSpecYaml } from "../../src/spec/load.js";
import { FIELD_TYPES } from "../../src/spec/schema.js";
import { demoRegistry } from "../fixtures/demo-stack/index.js";

const text = readFileSync(new URL("../../conformance/spec.yaml", import.meta.url), "utf8");
const spec = parseSpec(
  { ...(parseSpecYaml(text, "conformance/spec.yaml") as object), stack: "demo" },
  demoRegistry,
);
const fields = spec.resources.flatMap((resource) => resource.fields);

describe("the conformance spec", () => {
  it("is valid and has at least three resources", () => {
    expect(spec.resources.length).toBeGreaterThanOrEqual(3);
  });

  it("uses every field type", () => {
    expect(new Set(fields.map((field) => field.type))).toEqual(new Set(FIELD_TYPES));
  });

  it("has required, optional, defaulted, unique and keyword-named fields", () => {
    expect(fields.some((field) => field.required)).toBe(true);
    expect(fields.some((field) => !field.required && field.default === undefined)).toBe(true);
    expect(fields.some((field) => field.default !== undefined)).toBe(true);
    expect(fields.some((field) => field.unique)).toBe(true);
    expect(fields.map((field) => field.name)).toEqual(
      expect.arrayContaining(["type", "order", "class", "group"]),
    );
  });

  it("has an irregular plural and a multi-word resource", () => {
    expect(spec.resources.map((resource) => resource.name)).toEqual(
      expect.arrayContaining(["Person", "OrderItem"]),
    );
  });
});
