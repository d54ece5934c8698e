import { describe, expect, it } from "vitest";
import {
  describeDriverError,
  isDatabaseUnavailable,
  isUniqueViolation,
} from "../../src/db/errors.js";

const wrapped = (cause: object) => Object.assign(new Error("Failed query: select 1"), { cause });

describe("database errors", () => {
  it("finds a unique violation under the ORM's wrapper", () => {
    expect(isUniqueViolation(wrapped({ code: "23505" }))).toBe(true);
    expect(isUniqueViolation(wrapped({ code: "23503" }))).toBe(false);
  });

  it.each([
    [{ code: "ECONNREFUSED", message: "connect ECONNREFUSED 127.0.0.1:5432" }],
    [{ code: "57P01", message: "terminating connection due to administrator command" }],
    [{ code: "08006", message: "connection failure" }],
    [new Error("timeout exceeded when trying to connect")],
    [new Error("Connection terminated unexpectedly")],
  ])("tells an unreachable database: %j", (cause) => {
    expect(isDatabaseUnavailable(wrapped(cause))).toBe(true);
  });

  it("does not take a query error for an outage", () => {
    expect(isDatabaseUnavailable(wrapped({ code: "42P01", message: "no such table" }))).toBe(false);
  });

  it("describes the driver's error without the query", () => {
    const error = wrapped(new Error("connect ECONNREFUSED 127.0.0.1:5432"));

    expect(describeDriverError(error)).toBe("connect ECONNREFUSED 127.0.0.1:5432");
  });
});
