import { describe, expect, it } from "vitest";
import {
  findHighestRole,
  may,
  mintToken,
  readBearerToken,
  TokenVerifier,
} from "../../src/http/auth.js";

const secret = "unit-test-secret-at-least-32-bytes-long";
const config = {
  secret,
  jwksUrl: undefined,
  issuer: "https://issuer.test",
  audience: "unit-tests",
  leewaySeconds: 0,
  rolesClaim: "roles",
};
const verifier = new TokenVerifier(config);
const mint = (overrides: Partial<Parameters<typeof mintToken>[0]> = {}) =>
  mintToken({
    secret,
    role: "writer",
    subject: "tests",
    minutes: 5,
    issuer: config.issuer,
    audience: config.audience,
    ...overrides,
  });

describe("TokenVerifier", () => {
  it("accepts a valid token and reads its role", async () => {
    expect(await verifier.verify(await mint())).toEqual({ subject: "tests", role: "writer" });
  });

  it.each([
    ["a wrong secret", { secret: "another-secret-that-is-32-bytes-long!!" }],
    ["an expired token", { minutes: -1 }],
    ["a wrong issuer", { issuer: "https://elsewhere.test" }],
    ["a wrong audience", { audience: "someone-else" }],
  ])("refuses %s", async (_case, overrides) => {
    expect(await verifier.verify(await mint(overrides))).toBeUndefined();
  });

  it("refuses an unsigned token", async () => {
    const payload = (await mint()).split(".")[1];
    const none = Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url");
    expect(await verifier.verify(`${none}.${payload}.`)).toBeUndefined();
  });
});

describe("roles", () => {
  it("takes the highest role of a list of strings, and none from anything else", () => {
    expect(findHighestRole(["reader", "admin"])).toBe("admin");
    expect(findHighestRole(["unknown"])).toBeUndefined();
    expect(findHighestRole("admin")).toBeUndefined();
    expect(findHighestRole(["admin", 1])).toBeUndefined();
  });

  it("are hierarchical", () => {
    const writer = { subject: undefined, role: "writer" as const };
    expect(may(writer, "reader")).toBe(true);
    expect(may(writer, "writer")).toBe(true);
    expect(may(writer, "admin")).toBe(false);
  });
});

describe("readBearerToken", () => {
  it.each([
    ["Bearer abc", "abc"],
    ["bearer abc", "abc"],
    ["Basic abc", undefined],
    ["Bearer", undefined],
    [undefined, undefined],
  ])("%s → %s", (header, token) => {
    expect(readBearerToken(header)).toBe(token);
  });
});
