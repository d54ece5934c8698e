import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeProject } from "../../src/project/writer.js";
import { renderStack } from "./render.js";

/** What every TypeScript stack's package.json and derived package-lock.json must agree on. */
export function testNpmLock(stack: string): void {
  const { text } = renderStack(stack);
  const json = (raw: Record<string, unknown>, path: string) => JSON.parse(text(raw, path));

  it("locks exactly what package.json declares, under the project's name", () => {
    const manifest = json({}, "package.json");
    const lock = json({}, "package-lock.json");
    expect(lock.name).toBe("conformance-service");
    expect(lock.packages[""].dependencies).toEqual(manifest.dependencies);
    expect(lock.packages[""].devDependencies).toEqual(manifest.devDependencies);
    for (const [name, version] of Object.entries(manifest.dependencies))
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(version);
  });

  it("derives the stored lock unchanged when every option is on", () => {
    const stored = readFileSync(
      new URL(`../../src/stacks/${stack}/templates/package-lock.json`, import.meta.url),
      "utf8",
    );
    expect(text({ name: "microforge-service", resources: [] }, "package-lock.json")).toBe(stored);
  });

  it("is byte-stable", () => {
    const { render } = renderStack(stack);
    const first = render({}).list();
    const second = render({}).list();
    expect(second.map((file) => file.path)).toEqual(first.map((file) => file.path));
    expect(second.map((file) => file.content)).toEqual(first.map((file) => file.content));
  });
}

/** Resources with long names, which push generated lines past Biome's width. */
const LONG_NAMES = {
  name: "very-long-inventory-management-service",
  resources: [
    {
      name: "WarehouseStockAdjustment",
      fields: [
        { name: "adjustmentReasonDescriptionText", type: "string", required: true, maxLength: 200 },
        {
          name: "adjustmentQuantityBeforeCorrection",
          type: "decimal",
          precision: 18,
          scale: 6,
          min: "-1000000",
          max: "1000000",
          default: "0",
        },
        {
          name: "correspondingWarehouseLocationCategory",
          type: "enum",
          values: ["inbound", "outbound", "returns", "quarantine", "crossDocking", "overflow"],
          default: "inbound",
        },
        { name: "externalAuditReferenceIdentifier", type: "uuid", unique: true },
        { name: "adjustmentEffectiveAt", type: "datetime", required: true },
      ],
    },
    { name: "Tag", fields: [{ name: "label", type: "string", required: true }] },
  ],
};

/**
 * Runs the project's own Biome over a stack's output for the conformance spec, long names and
 * every option off: the stack's layout helpers must break lines exactly as Biome does.
 */
export function testBiomeLayout(stack: string, extraResources: readonly object[] = []): void {
  describe(`${stack} formatting`, () => {
    const { render } = renderStack(stack);
    const root = mkdtempSync(join(tmpdir(), `microforge-${stack}-format-`));
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it.each([
      ["the conformance spec", {}],
      ["long names", { ...LONG_NAMES, resources: [...LONG_NAMES.resources, ...extraResources] }],
      [
        "auth, metrics and tracing off",
        { auth: "none", features: { metrics: false, tracing: false } },
      ],
    ])("is clean under the generated biome.json for %s", async (_title, raw) => {
      const project = join(mkdtempSync(join(root, "project-")), "service");
      await writeProject(render(raw).list(), project);
      const biome = new URL("../../node_modules/.bin/biome", import.meta.url).pathname;
      const result = spawnSync(biome, ["check", "--max-diagnostics=5", "."], {
        cwd: project,
        encoding: "utf8",
      });
      expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    });
  });
}
