import { describe, expect, it } from "vitest";
import {
  booleanFilter,
  compareDecimals,
  day,
  decimal,
  email,
  instant,
  int32,
  int32Filter,
  text,
  uuid,
} from "../../src/schemas/wire.js";

describe("text", () => {
  it("counts code points, not UTF-16 units", () => {
    expect(text({ maxLength: 2 }).safeParse("😀😀").success).toBe(true);
    expect(text({ maxLength: 2 }).safeParse("😀😀😀").success).toBe(false);
  });

  it("accepts the empty string and refuses U+0000", () => {
    expect(text().safeParse("").success).toBe(true);
    expect(text().safeParse("a\u0000b").success).toBe(false);
  });
});

describe("email", () => {
  it.each([
    ["ada@example.com", true],
    ["ada@localhost", true],
    ["ada.example.com", false],
    ["ada@exa mple.com", false],
    [`${"a".repeat(250)}@b.co`, false],
  ])("%s → %s", (value, valid) => {
    expect(email().safeParse(value).success).toBe(valid);
  });
});

describe("int32", () => {
  it.each([
    [7, true],
    [7.5, false],
    ["7", false],
    [2 ** 31 - 1, true],
    [2 ** 31, false],
    [-(2 ** 31), true],
  ])("%s → %s", (value, valid) => {
    expect(int32().safeParse(value).success).toBe(valid);
  });

  it("checks its bounds", () => {
    expect(int32({ min: 1, max: 3 }).safeParse(0).success).toBe(false);
    expect(int32({ min: 1, max: 3 }).safeParse(4).success).toBe(false);
  });
});

describe("decimal", () => {
  const price = decimal({ precision: 5, scale: 2, min: "0" });

  it.each([
    ["19.90", true],
    ["19.9", true],
    ["0", true],
    ["999.99", true],
    ["1000.00", false],
    ["19.999", false],
    ["-0.01", false],
    ["1e3", false],
    ["", false],
    [19.9, false],
  ])("%s → %s", (value, valid) => {
    expect(price.safeParse(value).success).toBe(valid);
  });

  it("compares exactly", () => {
    expect(compareDecimals("0.1", "0.10")).toBe(0);
    expect(compareDecimals("-2", "1.5")).toBe(-1);
    expect(compareDecimals("99999999999999999999.01", "99999999999999999999")).toBe(1);
  });
});

describe("instant", () => {
  it("normalises to UTC and truncates to milliseconds", () => {
    const parsed = instant().parse("2024-05-01T14:00:00.123999+02:00");
    expect(parsed.toISOString()).toBe("2024-05-01T12:00:00.123Z");
  });

  it("requires an offset", () => {
    expect(instant().safeParse("2024-05-01T12:00:00").success).toBe(false);
  });
});

describe("day", () => {
  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2024-5-1", false],
    ["2024-05-01T00:00:00Z", false],
  ])("%s → %s", (value, valid) => {
    expect(day().safeParse(value).success).toBe(valid);
  });
});

describe("uuid", () => {
  it("accepts any case and returns lower case", () => {
    expect(uuid().parse("0B3F6C2E-8D1A-4C5E-9F7B-2A6D4E8C1B3F")).toBe(
      "0b3f6c2e-8d1a-4c5e-9f7b-2a6d4e8c1b3f",
    );
    expect(uuid().safeParse("not-a-uuid").success).toBe(false);
  });
});

describe("query filters", () => {
  it("read booleans as exactly true or false", () => {
    expect(booleanFilter().parse("true")).toBe(true);
    expect(booleanFilter().parse("false")).toBe(false);
    expect(booleanFilter().safeParse("1").success).toBe(false);
  });

  it("read 32-bit integers", () => {
    expect(int32Filter().parse("-7")).toBe(-7);
    expect(int32Filter().safeParse("7.5").success).toBe(false);
    expect(int32Filter().safeParse("99999999999999999999").success).toBe(false);
  });
});
