import { describe, expect, it } from "vitest";
import { renderStack } from "./render.js";

/** The Go stacks: one per web framework, sharing every file but part of internal/server. */
const FRAMEWORKS = [
  { stack: "go-gin", module: "github.com/gin-gonic/gin", version: "v1.12.0", tracing: "otelgin" },
  {
    stack: "go-echo",
    module: "github.com/labstack/echo/v4",
    version: "v4.16.0",
    tracing: "otelecho",
  },
];

describe.each(FRAMEWORKS)("$stack", ({ stack, module, version, tracing }) => {
  const { render, files, text } = renderStack(stack);

  it("renders every per-resource file under the resource's Go file name", () => {
    const paths = [...files({}).keys()];
    for (const module of ["product", "person", "order_item"]) {
      for (const layer of ["model", "store", "service", "server"])
        expect(paths).toContain(`internal/${layer}/${module}.go`);
      expect(paths).toContain(`internal/server/${module}_test.go`);
    }
    expect(paths.filter((path) => path.endsWith(".sql"))).toEqual([
      "internal/database/migrations/00001_create_products.sql",
      "internal/database/migrations/00002_create_people.sql",
      "internal/database/migrations/00003_create_order_items.sql",
    ]);
    expect(paths).toContain("cmd/conformance-service/main.go");
  });

  it("keeps the framework in internal/server and go.mod only", () => {
    const all = files({});
    for (const [path, file] of all) {
      if (path.startsWith("internal/server/") || path.startsWith("go.")) continue;
      expect(file.content.includes(module), path).toBe(false);
    }
    for (const other of FRAMEWORKS.filter((candidate) => candidate.stack !== stack))
      expect(all.get("go.sum")?.content).not.toContain(other.module);
  });

  it("escapes keywords in Go and SQL but keeps the JSON names", () => {
    const model = text({}, "internal/model/order_item.go");
    expect(model).toContain('Order     int32         `json:"order"`');
    expect(model).toContain('Default   *bool         `json:"default"`');
    expect(text({}, "internal/model/person.go")).toContain(
      'PersonClassPlatinum PersonClass = "platinum"',
    );
    const migration = text({}, "internal/database/migrations/00003_create_order_items.sql");
    expect(migration).toContain('    "order" integer NOT NULL,');
    expect(migration).toContain('    "default" boolean,');
    expect(text({}, "internal/store/product.go")).toContain(
      '{Name: "type", SQL: "type", Parse: listing.Filter(wire.ParseEnum(model.ProductTypes...))},',
    );
  });

  it("validates each field with its constraints and reads decimals as text", () => {
    const model = text({}, "internal/model/product.go");
    expect(model).toContain('validate:"required,decimal=10:2,decimal_min=0.00"');
    expect(model).toContain('validate:"required,max=120,nonul"');
    expect(model).toContain("in.Stock = new(int32(0))");
    expect(text({}, "internal/store/product.go")).toContain("price::text");
  });

  it("derives the OpenAPI document from the resources", () => {
    const document = JSON.parse(text({}, "internal/openapi/openapi.json"));
    expect(Object.keys(document.paths)).toContain("/api/v1/order-items/{id}");
    expect(document.components.schemas.Product.properties.price).toMatchObject({
      type: "string",
      pattern: "^-?\\d+(\\.\\d{1,2})?$",
    });
    expect(document.components.securitySchemes.bearerAuth.scheme).toBe("bearer");
  });

  it("leaves out auth, metrics and tracing, their files and their modules, when off", () => {
    const off = files({ auth: "none", features: { metrics: false, tracing: false } });
    for (const path of [
      "cmd/token/main.go",
      "internal/auth/auth.go",
      "internal/metrics/metrics.go",
      "internal/tracing/tracing.go",
    ])
      expect(off.has(path), path).toBe(false);
    const goMod = off.get("go.mod")?.content ?? "";
    const goSum = off.get("go.sum")?.content ?? "";
    for (const module of ["golang-jwt", "keyfunc", "client_golang", tracing, "otelpgx"]) {
      expect(goMod).not.toContain(module);
      expect(goSum).not.toContain(module);
    }
    expect(goMod).toMatch(/^module conformance-service\n\ngo 1\.26/);
    expect(goMod).toContain(`\t${module} ${version}\n`);
    expect(off.get("internal/server/server.go")?.content).not.toContain("Verifier");
    expect(
      JSON.parse(off.get("internal/openapi/openapi.json")?.content ?? "").paths,
    ).not.toHaveProperty("/metrics");
  });

  it("leaves out what only resources use when there are none", () => {
    const none = [...files({ resources: [] }).keys()];
    for (const path of [
      "internal/store/table.go",
      "internal/service/service.go",
      "internal/server/handlers.go",
      "internal/server/resource_helpers_test.go",
    ])
      expect(none, path).not.toContain(path);
    expect(none).toContain("internal/database/migrations/README.md");
    expect(none.filter((path) => path.endsWith(".sql"))).toEqual([]);
  });

  it("names the binary after the service in the commands and the image", () => {
    const all = files({});
    expect(all.get("Makefile")?.content).toContain(
      "install:\n\tgo mod download && go build -o bin/conformance-service ./cmd/conformance-service\n",
    );
    expect(all.get("entrypoint.sh")?.content).toContain("exec /app/conformance-service\n");
    expect(all.get("README.md")?.content).toContain("## How it is built");
    expect(all.get("Dockerfile")?.content).toMatchSnapshot();
  });

  it("is byte-stable", () => {
    const first = render({}).list();
    const second = render({}).list();
    expect(second.map((file) => file.path)).toEqual(first.map((file) => file.path));
    expect(second.map((file) => file.content)).toEqual(first.map((file) => file.content));
  });
});
