import { describe, expect, it } from "vitest";
import { renderStack } from "./render.js";

/** What the Python language layer gives every Python stack, at the paths its layout chooses. */
const PYTHON_STACKS = [
  {
    id: "python-fastapi",
    framework: "fastapi",
    layout: {
      api: "app/api",
      schemas: "app/schemas",
      models: "app/db/models",
      services: "app/services",
      security: "app/core/security.py",
      token: "app/token.py",
      metrics: "app/core/metrics.py",
      tracing: "app/core/tracing.py",
    },
  },
  {
    id: "python-flask",
    framework: "flask",
    layout: {
      api: "src/api",
      schemas: "src/schemas",
      models: "src/models",
      services: "src/services",
      security: "src/utils/security.py",
      token: "src/token.py",
      metrics: "src/utils/metrics.py",
      tracing: "src/utils/tracing.py",
    },
  },
];

describe.each(PYTHON_STACKS)("$id (the Python language layer)", ({ id, framework, layout }) => {
  const { render, files, text } = renderStack(id);

  it("renders every per-resource file under the resource's Python module name", () => {
    const paths = [...files({}).keys()];
    for (const module of ["product", "person", "order_item"]) {
      for (const path of [
        `${layout.api}/${module}.py`,
        `${layout.models}/${module}.py`,
        `${layout.schemas}/${module}.py`,
        `${layout.services}/${module}.py`,
        `tests/integration/test_${module}_api.py`,
        `tests/unit/test_${module}_schemas.py`,
      ])
        expect(paths).toContain(path);
    }
    expect(paths.filter((path) => path.startsWith("migrations/versions/"))).toEqual([
      "migrations/versions/0001_create_products.py",
      "migrations/versions/0002_create_people.py",
      "migrations/versions/0003_create_order_items.py",
    ]);
  });

  it("chains the migrations in resource order", () => {
    const second = text({}, "migrations/versions/0002_create_people.py");
    expect(second).toContain('revision: str = "0002"');
    expect(second).toContain('down_revision: str | None = "0001"');
    expect(text({}, "migrations/versions/0001_create_products.py")).toContain(
      "down_revision: str | None = None",
    );
  });

  it("escapes Python keywords but keeps the JSON names", () => {
    expect(text({}, `${layout.schemas}/person.py`)).toContain(
      'class_: PersonClass | None = Field(alias="class")',
    );
    expect(text({}, `${layout.models}/product.py`)).toContain(
      'type_: Mapped[ProductType] = mapped_column(\n        "type",',
    );
  });

  it("leaves out auth, metrics and tracing, their files and their dependencies, when off", () => {
    const off = files({ auth: "none", features: { metrics: false, tracing: false } });
    for (const path of [
      layout.security,
      layout.token,
      layout.metrics,
      layout.tracing,
      "tests/unit/test_security.py",
    ])
      expect(off.has(path), path).toBe(false);
    const pyproject = off.get("pyproject.toml")?.content ?? "";
    const lock = off.get("uv.lock")?.content ?? "";
    for (const name of ["pyjwt", "prometheus-client", "opentelemetry-sdk"]) {
      expect(pyproject).not.toContain(name);
      expect(lock).not.toContain(`name = "${name}"`);
    }
    expect(lock).toContain('name = "conformance-service"');
    expect(lock).toContain(`name = "${framework}"`);
  });

  it("locks exactly the dependencies pyproject.toml declares, under the project's name", () => {
    const all = files({});
    const lock = all.get("uv.lock")?.content ?? "";
    expect(lock).toContain('name = "conformance-service"\nversion = "0.1.0"');
    expect(lock).not.toContain("microforge-service");
    const pyproject = all.get("pyproject.toml")?.content ?? "";
    for (const [, name, version] of pyproject.matchAll(/"([a-z-]+)(?:\[[a-z]+\])?==([^"]+)"/g))
      expect(lock, name).toContain(`name = "${name}"\nversion = "${version}"`);
  });

  it("is byte-stable", () => {
    const first = render({}).list();
    const second = render({}).list();
    expect(second.map((file) => file.path)).toEqual(first.map((file) => file.path));
    expect(second.map((file) => file.content)).toEqual(first.map((file) => file.content));
  });
});
