import { describe, expect, it } from "vitest";
import { renderStack } from "./render.js";
import { testBiomeLayout, testNpmLock } from "./typescript-stack.js";

const { files, text } = renderStack("node-nestjs");
const json = (raw: Record<string, unknown>, path: string) => JSON.parse(text(raw, path));

describe("node-nestjs", () => {
  it("lays every resource out as `nest g resource` does, under its plural's folder", () => {
    const paths = [...files({}).keys()];
    for (const [folder, module] of [
      ["products", "product"],
      ["people", "person"],
      ["order-items", "order-item"],
    ]) {
      for (const path of [
        `src/${folder}/${folder}.module.ts`,
        `src/${folder}/${folder}.controller.ts`,
        `src/${folder}/${folder}.service.ts`,
        `src/${folder}/dto/create-${module}.dto.ts`,
        `src/${folder}/dto/update-${module}.dto.ts`,
        `src/${folder}/dto/${module}.dto.ts`,
        `src/${folder}/dto/list-${folder}.dto.ts`,
        `src/${folder}/entities/${module}.entity.ts`,
        `test/integration/${module}-api.test.ts`,
        `test/unit/${module}-schemas.test.ts`,
      ])
        expect(paths).toContain(path);
    }
    expect(paths.filter((path) => path.startsWith("src/db/migrations/"))).toEqual([
      "src/db/migrations/1735689600000-CreateProducts.ts",
      "src/db/migrations/1735689601000-CreatePeople.ts",
      "src/db/migrations/1735689602000-CreateOrderItems.ts",
      "src/db/migrations/index.ts",
    ]);
  });

  it("shares the language's files with node-express instead of copying them", () => {
    const express = renderStack("node-express").files({});
    for (const path of ["src/schemas/wire.ts", "src/http/problems.ts", "src/config.ts"])
      expect(files({}).get(path)?.content, path).toBe(express.get(path)?.content);
  });

  it("keeps keyword field names as they are: JSON names, properties and quoted columns", () => {
    const entity = text({}, "src/order-items/entities/order-item.entity.ts");
    expect(entity).toContain('  @Column({ type: "integer" })\n  order!: number;');
    expect(entity).toContain(
      '  @Column({ type: "boolean", nullable: true })\n  default!: boolean | null;',
    );
    expect(text({}, "src/people/dto/create-person.dto.ts")).toContain(
      "    class: z.enum(personClassValues)",
    );
    expect(text({}, "src/db/migrations/1735689602000-CreateOrderItems.ts")).toContain(
      '"order" integer NOT NULL',
    );
  });

  it("never lets TypeORM synchronize the schema: the migrations are listed and run by a script", () => {
    const options = text({}, "src/db/options.ts");
    expect(options).toContain("synchronize: false");
    expect(options).toContain("migrations: MIGRATIONS");
    expect(text({}, "src/db/migrations/index.ts")).toContain("CreateOrderItems1735689602000,");
    expect(json({}, "package.json").scripts.migrate).toBe("tsx src/db/migrate.ts");
  });

  it("leaves out auth, metrics and tracing, their files and their dependencies, when off", () => {
    const off = files({ auth: "none", features: { metrics: false, tracing: false } });
    for (const path of [
      "src/auth/jwt-auth.guard.ts",
      "src/auth/roles.decorator.ts",
      "src/http/auth.ts",
      "src/token.ts",
      "src/metrics/metrics.controller.ts",
      "src/observability/metrics.ts",
      "src/observability/tracing.ts",
      "src/telemetry.ts",
      "test/unit/auth.test.ts",
    ])
      expect(off.has(path), path).toBe(false);
    expect(off.get("src/products/products.controller.ts")?.content).not.toContain("@Roles(");
    const manifest = JSON.parse(off.get("package.json")?.content ?? "{}");
    const lock = JSON.parse(off.get("package-lock.json")?.content ?? "{}");
    for (const name of ["jose", "prom-client", "@opentelemetry/sdk-node"]) {
      expect(manifest.dependencies[name], name).toBeUndefined();
      expect(lock.packages[`node_modules/${name}`], name).toBeUndefined();
    }
    expect(manifest.scripts.start).toBe("node dist/main.js");
  });

  it("builds a non-root image whose entry point migrates and starts the service", () => {
    const all = files({});
    expect(all.get("Dockerfile")?.content).toMatchSnapshot();
    expect(all.get("entrypoint.sh")?.content).toContain(
      "    exec node --import ./dist/telemetry.js dist/main.js\n",
    );
  });

  it("renders the key files of a resource", () => {
    const all = files({});
    for (const path of [
      "src/products/entities/product.entity.ts",
      "src/products/dto/create-product.dto.ts",
      "src/products/products.controller.ts",
      "src/db/migrations/1735689600000-CreateProducts.ts",
    ])
      expect(all.get(path)?.content).toMatchSnapshot(path);
  });

  testNpmLock("node-nestjs");
});

// A datetime default, and a resource whose module sorts before health in app.module.ts.
testBiomeLayout("node-nestjs", [
  {
    name: "Gadget",
    fields: [
      { name: "label", type: "string", required: true },
      {
        name: "scheduledReconciliationStartsAt",
        type: "datetime",
        default: "2024-01-01T00:00:00Z",
      },
    ],
  },
]);
