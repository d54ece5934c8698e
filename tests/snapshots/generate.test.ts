import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generate } from "../../src/engine/generate.js";
import { MANIFEST_FILE, parseManifest } from "../../src/engine/manifest.js";
import { parseSpec, parseSpecYaml } from "../../src/spec/load.js";
import { ANSWERS_FILE } from "../../src/spec/serialize.js";
import { VERSION } from "../../src/version.js";
import { demoRegistry } from "../fixtures/demo-stack/index.js";

const product = {
  name: "Product",
  fields: [
    { name: "name", type: "string", required: true, maxLength: 120 },
    { name: "price", type: "decimal", min: 0 },
    { name: "status", type: "enum", values: ["draft", "live"], default: "draft" },
  ],
};
const person = { name: "Person", fields: [{ name: "email", type: "email", unique: true }] };

const combinations: [title: string, raw: Record<string, unknown>][] = [
  ["defaults, two resources", { resources: [product, person] }],
  ["no resources", {}],
  ["auth none", { auth: "none", resources: [product] }],
  [
    "no metrics, no tracing",
    { features: { metrics: false, tracing: false }, resources: [product] },
  ],
  [
    "every CI, no deploy",
    { features: { ci: ["jenkins", "github", "gitlab"], deploy: [] }, resources: [product] },
  ],
  ["no CI", { features: { ci: [] }, resources: [product] }],
];

const render = (raw: Record<string, unknown>) =>
  generate(parseSpec({ name: "orders-service", stack: "demo", ...raw }, demoRegistry), {
    registry: demoRegistry,
  });

describe.each(combinations)("generate: %s", (_title, raw) => {
  const tree = render(raw);
  const files = tree.list();

  it("produces this file list", () => {
    expect(files.map((file) => `${file.mode.toString(8)} ${file.path}`)).toMatchSnapshot();
  });

  it.each(["README.md", "Makefile", ".env.example", "microforge.yaml", "src/main.txt"])(
    "renders %s",
    (path) => {
      expect(tree.get(path)?.content).toMatchSnapshot();
    },
  );

  it("ends every file with one newline and uses only LF", () => {
    for (const file of files) {
      if (file.content === "") continue;
      expect(file.content.endsWith("\n") && !file.content.endsWith("\n\n"), file.path).toBe(true);
      expect(file.content.includes("\r"), file.path).toBe(false);
    }
  });

  it("records a hash of every generated file and the spec in the manifest", () => {
    const manifest = parseManifest(tree.get(MANIFEST_FILE)?.content ?? "");
    expect(manifest?.version).toBe(VERSION);
    expect(Object.keys(manifest?.files ?? {})).toEqual(
      files
        .map((file) => file.path)
        .filter((path) => path !== ANSWERS_FILE && path !== MANIFEST_FILE),
    );
  });

  it("writes an answers file that reads back as the same spec", () => {
    const spec = parseSpec({ name: "orders-service", stack: "demo", ...raw }, demoRegistry);
    const answers = tree.get(ANSWERS_FILE)?.content ?? "";
    expect(parseSpec(parseSpecYaml(answers, ANSWERS_FILE), demoRegistry)).toEqual(spec);
  });
});

describe("what is absent when an option is off", () => {
  it.each([
    [{ auth: "none" }, "auth/jwt.txt", ["JWT_SECRET", "make token", "Bearer"]],
    [{ features: { ci: [] } }, "ci/github.txt", []],
    [{ features: { tracing: false } }, undefined, ["OTEL_EXPORTER_OTLP_ENDPOINT", "OpenTelemetry"]],
    [{ features: { metrics: false } }, undefined, ["Prometheus"]],
  ] as const)("%j leaves out %s and %j", (raw, absentFile, absentTexts) => {
    const tree = render({ ...raw, resources: [product] });
    if (absentFile) expect(tree.has(absentFile)).toBe(false);
    const everything = tree
      .list()
      .filter((file) => file.path !== ANSWERS_FILE && file.path !== MANIFEST_FILE)
      .map((file) => file.content)
      .join("\n");
    for (const text of absentTexts) expect(everything).not.toContain(text);
  });
});

describe("determinism", () => {
  it("gives byte-identical trees for the same spec", () => {
    const raw = { resources: [product, person], features: { ci: ["gitlab", "github"] } };
    const first = render(raw).list();
    const second = render(JSON.parse(JSON.stringify(raw))).list();
    expect(second).toEqual(first);
    expect(Buffer.concat(second.map((file) => Buffer.from(file.content)))).toEqual(
      Buffer.concat(first.map((file) => Buffer.from(file.content))),
    );
  });

  it("does not depend on the order CI or deploy targets are listed in", () => {
    const one = render({
      features: { ci: ["gitlab", "github"], deploy: ["helm", "kubernetes"] },
    }).list();
    const two = render({
      features: { ci: ["github", "gitlab"], deploy: ["kubernetes", "helm"] },
    }).list();
    expect(two).toEqual(one);
  });
});

describe("version", () => {
  it("matches package.json", () => {
    const pkg = JSON.parse(
      readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
    ) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
  });
});
