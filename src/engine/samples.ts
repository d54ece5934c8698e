import type { Field } from "../spec/schema.js";

/** A value as it travels in JSON: what tests send and expect back. */
export type WireValue = string | number | boolean;

const SAMPLE_UUIDS = [
  "0b3f6c2e-8d1a-4c5e-9f7b-2a6d4e8c1b3f",
  "5d2a9e7c-3b4f-4a1d-8e6c-7f9b2d4a6c8e",
];

/**
 * Two valid values for a field, distinct wherever the type allows, so generated tests of every
 * stack can create items (and two items whose unique fields differ) without knowing the rules.
 */
export function describeSamples(field: Field): [WireValue, WireValue] {
  switch (field.type) {
    case "string":
    case "text":
      return [truncate("sample", field.maxLength), truncate("other sample", field.maxLength)];
    case "email":
      return [`ada@example.com`, `grace@example.com`];
    case "integer": {
      const first = clamp(1, field.min, field.max);
      return [first, pickSecond(first, field.min, field.max)];
    }
    case "decimal": {
      const first = clamp(1, toNumber(field.min), toNumber(field.max));
      const second = pickSecond(first, toNumber(field.min), toNumber(field.max));
      return [first.toFixed(field.scale), second.toFixed(field.scale)];
    }
    case "boolean":
      return [true, false];
    case "date":
      return ["2024-05-01", "2024-05-02"];
    case "datetime":
      return ["2024-05-01T12:00:00.000Z", "2024-05-02T12:00:00.000Z"];
    case "uuid":
      return [SAMPLE_UUIDS[0] as string, SAMPLE_UUIDS[1] as string];
    case "enum":
      return [field.values[0] as string, (field.values[1] ?? field.values[0]) as string];
  }
}

function truncate(text: string, maxLength: number | undefined): string {
  return maxLength === undefined ? text : text.slice(-maxLength);
}

function toNumber(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

function clamp(value: number, min: number | undefined, max: number | undefined): number {
  return Math.min(Math.max(value, min ?? value), max ?? value);
}

function pickSecond(first: number, min: number | undefined, max: number | undefined): number {
  return max === undefined || first + 1 <= max ? first + 1 : Math.max(first - 1, min ?? first - 1);
}
