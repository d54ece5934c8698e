import { describe, expect, it } from "vitest";
import { expectEqual } from "../../conformance/check.js";

describe("expectEqual", () => {
  it("compares JSON whatever the order of its keys, which the contract says is not significant", () => {
    const sent = { status: "ok", checks: { database: "ok", list: [1, { a: 1, b: 2 }] } };
    const received = { checks: { list: [1, { b: 2, a: 1 }], database: "ok" }, status: "ok" };
    expect(() => expectEqual(received, sent, "body")).not.toThrow();
  });

  it("still tells values and the order of array items apart", () => {
    expect(() => expectEqual({ status: "ok" }, { status: "down" }, "body")).toThrow(/body/);
    expect(() => expectEqual([1, 2], [2, 1], "items")).toThrow(/items/);
  });
});
