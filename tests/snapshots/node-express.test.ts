import { describe, expect, it } from "vitest";
import { renderStack } from "./render.js";
import { testBiomeLayout, testNpmLock } from "./typescript-stack.js";

const { files, text } = renderStack("node-express");
const json = (raw: Record<string, unknown>, path: string) => JSON.parse(text(raw, path));

describe("node-express", () => {
  it("renders every per-resource file under the resource's kebab-case module name", () => {
    const paths = [...files({}).keys()];
    for (const module of ["product", "person", "order-item"]) {
      for (const path of [
        `src/db/schema/${module}.ts`,
        `src/routes/${module}.ts`,
        `src/schemas/${module}.ts`,
        `src/services/${module}.ts`,
        `test/integration/${module}-api.test.ts`,
        `test/unit/${module}-schemas.test.ts`,
      ])
        expect(paths).toContain(path);
    }
    expect(paths.filter((path) => path.startsWith("drizzle/"))).toEqual([
      "drizzle/0000_create_products.sql",
      "drizzle/0001_create_people.sql",
      "drizzle/0002_create_order_items.sql",
      "drizzle/meta/0000_snapshot.json",
      "drizzle/meta/0001_snapshot.json",
      "drizzle/meta/0002_snapshot.json",
      "drizzle/meta/_journal.json",
    ]);
  });

  it("journals the migrations in resource order and chains their snapshots", () => {
    const journal = json({}, "drizzle/meta/_journal.json");
    expect(journal.entries.map((entry: { tag: string }) => entry.tag)).toEqual([
      "0000_create_products",
      "0001_create_people",
      "0002_create_order_items",
    ]);
    const whens = journal.entries.map((entry: { when: number }) => entry.when);
    expect([...whens].sort()).toEqual(whens);
    const snapshots = [0, 1, 2].map((index) => json({}, `drizzle/meta/000${index}_snapshot.json`));
    expect(snapshots[0].prevId).toBe("00000000-0000-0000-0000-000000000000");
    expect(snapshots[1].prevId).toBe(snapshots[0].id);
    expect(snapshots[2].prevId).toBe(snapshots[1].id);
    expect(Object.keys(snapshots[2].tables)).toEqual([
      "public.products",
      "public.people",
      "public.order_items",
    ]);
  });

  it("keeps keyword field names as they are: JSON names, object keys and quoted columns", () => {
    const schema = text({}, "src/db/schema/order-item.ts");
    expect(schema).toContain('    order: integer("order").notNull(),');
    expect(schema).toContain('    default: boolean("default"),');
    expect(text({}, "src/schemas/person.ts")).toContain("    class: z.enum(personClassValues)");
    expect(text({}, "drizzle/0002_create_order_items.sql")).toContain('\t"order" integer NOT NULL');
  });

  it("leaves out auth, metrics and tracing, their files and their dependencies, when off", () => {
    const off = files({ auth: "none", features: { metrics: false, tracing: false } });
    for (const path of [
      "src/http/auth.ts",
      "src/token.ts",
      "src/observability/metrics.ts",
      "src/observability/tracing.ts",
      "src/telemetry.ts",
      "test/unit/auth.test.ts",
    ])
      expect(off.has(path), path).toBe(false);
    const manifest = JSON.parse(off.get("package.json")?.content ?? "{}");
    const lock = JSON.parse(off.get("package-lock.json")?.content ?? "{}");
    for (const name of ["jose", "prom-client", "@opentelemetry/sdk-node"]) {
      expect(manifest.dependencies[name], name).toBeUndefined();
      expect(lock.packages[`node_modules/${name}`], name).toBeUndefined();
    }
    expect(manifest.scripts.start).toBe("node dist/server.js");
    expect(text({}, "package.json")).toContain(
      '"start": "node --import ./dist/telemetry.js dist/server.js"',
    );
  });

  it("builds a non-root image whose entry point migrates and starts the service", () => {
    const all = files({});
    expect(all.get("Dockerfile")?.content).toMatchSnapshot();
    expect(all.get("entrypoint.sh")?.content).toContain(
      "    exec node --import ./dist/telemetry.js dist/server.js\n",
    );
  });

  it("renders the key files of a resource", () => {
    const all = files({});
    for (const path of [
      "src/db/schema/product.ts",
      "src/schemas/product.ts",
      "drizzle/0000_create_products.sql",
    ])
      expect(all.get(path)?.content).toMatchSnapshot(path);
  });

  testNpmLock("node-express");
});

testBiomeLayout("node-express");
