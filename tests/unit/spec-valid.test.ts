import { describe, expect, it } from "vitest";
import type { SpecError } from "../../src/errors.js";
import { parseSpec } from "../../src/spec/load.js";
import type { StackRegistry } from "../../src/stacks/types.js";
import { demoRegistry, demoStack } from "../fixtures/demo-stack/index.js";

const field = (raw: Record<string, unknown>) =>
  parseSpec(
    {
      name: "svc",
      stack: "demo",
      resources: [{ name: "Thing", fields: [{ name: "value", ...raw }] }],
    },
    demoRegistry,
  ).resources[0]?.fields[0];

describe("parseSpec defaults", () => {
  it("fills every default explicitly", () => {
    expect(parseSpec({ name: "orders-service", stack: "demo" }, demoRegistry)).toEqual({
      name: "orders-service",
      stack: "demo",
      database: "postgres",
      auth: "jwt",
      apiVersion: "v1",
      port: demoStack.defaultPort,
      features: {
        metrics: true,
        tracing: true,
        ci: ["github"],
        deploy: ["kubernetes", "helm"],
        coverage: 80,
      },
      resources: [],
    });
  });

  it("keeps a given port and orders CI and deploy targets canonically", () => {
    const spec = parseSpec(
      {
        name: "svc",
        stack: "demo",
        port: 9000,
        features: { ci: ["jenkins", "github"], deploy: ["helm"] },
      },
      demoRegistry,
    );
    expect(spec.port).toBe(9000);
    expect(spec.features).toEqual({
      metrics: true,
      tracing: true,
      ci: ["github", "jenkins"],
      coverage: 80,
      deploy: ["helm"],
    });
  });
});

describe("field normalisation", () => {
  it.each([
    [{ type: "string" }, { type: "string", maxLength: 255 }],
    [{ type: "email" }, { type: "email", maxLength: 254 }],
    [{ type: "text" }, { type: "text", maxLength: undefined }],
    [{ type: "decimal" }, { type: "decimal", precision: 12, scale: 2 }],
    [
      { type: "decimal", min: 0, max: "99.5", default: 19.9 },
      { min: "0.00", max: "99.50", default: "19.90" },
    ],
    [{ type: "decimal", scale: 0, default: "-0" }, { default: "0" }],
    [{ type: "decimal", precision: 4, scale: 4, default: "0.1234" }, { default: "0.1234" }],
    [{ type: "decimal", default: "007.10" }, { default: "7.10" }],
    [
      { type: "integer", min: -2147483648, max: 2147483647, default: 0 },
      { min: -2147483648, max: 2147483647, default: 0 },
    ],
    [{ type: "boolean", default: false }, { default: false }],
    [{ type: "date", default: "2024-02-29" }, { default: "2024-02-29" }],
    [
      { type: "datetime", default: "2024-01-31T12:00:00.5+05:30" },
      { default: "2024-01-31T12:00:00.5+05:30" },
    ],
    [{ type: "uuid", default: "1B4E28BA-2FA1-11D2-883F-0016D3CCA427" }, { type: "uuid" }],
    [{ type: "email", default: "a.b+c@example.co" }, { default: "a.b+c@example.co" }],
    [
      { type: "enum", values: ["in-stock", "sold_out", "Backorder"] },
      { values: ["in-stock", "sold_out", "Backorder"] },
    ],
    [{ type: "string", maxLength: 2, default: "日本" }, { default: "日本" }],
    [
      { type: "string", unique: true },
      { unique: true, required: false },
    ],
  ])("%j → %j", (raw, expected) => {
    expect(field(raw)).toMatchObject(expected);
  });
});

describe("stack capabilities", () => {
  const limited: StackRegistry = [
    {
      ...demoStack,
      id: "limited",
      supports: {
        auth: ["jwt"],
        ci: ["github"],
        deploy: ["kubernetes"],
        metrics: true,
        tracing: false,
      },
    },
  ];
  it.each([
    [
      { auth: "none", features: { deploy: ["kubernetes"], tracing: false } },
      'auth: stack "limited" does not support auth "none"; it supports jwt',
    ],
    [
      { features: { ci: ["gitlab"], deploy: [], tracing: false } },
      'features.ci[0]: stack "limited" does not support ci target "gitlab"',
    ],
    [
      { features: { deploy: ["helm"], tracing: false } },
      'features.deploy[0]: stack "limited" does not support deploy target "helm"',
    ],
    [
      { features: { deploy: [] } },
      'features.tracing: stack "limited" does not support tracing yet; set it to false',
    ],
  ])("%j is refused", (raw, message) => {
    try {
      parseSpec({ name: "svc", stack: "limited", ...raw }, limited);
      expect.unreachable();
    } catch (error) {
      expect((error as SpecError).details).toEqual([message]);
    }
  });
});

describe("keyword names work", () => {
  it("accepts fields and resources named after keywords", () => {
    const spec = parseSpec(
      {
        name: "svc",
        stack: "demo",
        resources: ["User", "Group", "Class", "Order"].map((name) => ({
          name,
          fields: ["type", "order", "group", "key", "value", "default", "class"].map(
            (fieldName) => ({
              name: fieldName,
              type: "string",
            }),
          ),
        })),
      },
      demoRegistry,
    );
    expect(spec.resources.map((resource) => resource.name)).toEqual([
      "User",
      "Group",
      "Class",
      "Order",
    ]);
  });
});
