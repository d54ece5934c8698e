import { describe, expect, it } from "vitest";
import { renderStack } from "./render.js";

const { render, files, text } = renderStack("python-flask");

describe("python-flask", () => {
  it("lays the project out as the seed's Flask scaffold, one module per resource and layer", () => {
    const paths = [...files({}).keys()];
    for (const path of [
      "manage.py",
      "gunicorn.conf.py",
      "src/app.py",
      "src/config.py",
      "src/utils/errors.py",
      "src/utils/logging.py",
      "src/api/__init__.py",
      "src/models/__init__.py",
      "src/services/__init__.py",
    ])
      expect(paths).toContain(path);
    for (const module of ["product", "person", "order_item"]) {
      for (const path of [
        `src/api/${module}.py`,
        `src/models/${module}.py`,
        `src/schemas/${module}.py`,
        `src/services/${module}.py`,
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
    expect(paths.some((path) => path.startsWith("app/"))).toBe(false);
  });

  it("shares the language layer's modules, imported from the src package, in their sync flavour", () => {
    const service = text({}, "src/services/order_item.py");
    expect(service).toContain("from sqlalchemy.orm import InstrumentedAttribute, Session\n");
    expect(service).toContain("from src.models.order_item import OrderItem\n");
    expect(service).toContain("def get_order_item(\n    session: Session,");
    expect(service).not.toMatch(/async|await/);
    expect(text({}, "src/models/__init__.py")).toContain(
      "from src.models.order_item import OrderItem\n",
    );
    expect(text({}, "migrations/env.py")).toContain(
      "import src.models  # noqa: F401 - every model registers its table on Base.metadata\n" +
        "from src.config import get_settings\nfrom src.models.base import Base\n",
    );
    const api = text({}, "tests/integration/test_product_api.py");
    expect(api).toContain("def test_create_then_read(client: Client) -> None:");
    expect(api).not.toContain("await");
  });

  it("registers one blueprint per resource under the API blueprint that checks the token", () => {
    const api = text({}, "src/api/__init__.py");
    expect(api).toContain("api.before_request(require_token(TokenVerifier(settings)))");
    expect(api).toContain("    api.register_blueprint(order_item)\n");
    expect(text({}, "src/api/order_item.py")).toContain(
      'blueprint = Blueprint("order-items", __name__, url_prefix="/order-items")',
    );
    expect(text({}, "src/api/order_item.py")).toContain('summary="Create an order item"');
  });

  it("escapes Python keywords but keeps the JSON names", () => {
    expect(text({}, "src/schemas/person.py")).toContain(
      'class_: PersonClass | None = Field(alias="class")',
    );
    expect(text({}, "src/models/product.py")).toContain(
      'type_: Mapped[ProductType] = mapped_column(\n        "type",',
    );
  });

  it("leaves out auth, metrics and tracing, their files and their dependencies, when off", () => {
    const off = files({ auth: "none", features: { metrics: false, tracing: false } });
    for (const path of [
      "src/utils/security.py",
      "src/utils/authentication.py",
      "src/token.py",
      "src/utils/metrics.py",
      "src/api/metrics.py",
      "src/utils/tracing.py",
      "tests/unit/test_security.py",
    ])
      expect(off.has(path), path).toBe(false);
    const pyproject = off.get("pyproject.toml")?.content ?? "";
    const lock = off.get("uv.lock")?.content ?? "";
    for (const name of ["pyjwt", "prometheus-client", "opentelemetry-instrumentation-flask"]) {
      expect(pyproject).not.toContain(name);
      expect(lock).not.toContain(`name = "${name}"`);
    }
    expect(lock).toContain('name = "flask"');
    expect(lock).not.toContain('name = "fastapi"');
    const app = off.get("src/app.py")?.content ?? "";
    expect(app).not.toMatch(/metrics|tracing|Instrumentor/);
    expect(off.get("src/api/__init__.py")?.content).not.toContain("require_token");
    expect(off.get("src/api/openapi.py")?.content).not.toContain("bearerAuth");
  });

  it("locks exactly the dependencies pyproject.toml declares, under the project's name", () => {
    const all = files({});
    const lock = all.get("uv.lock")?.content ?? "";
    expect(lock).toContain('name = "conformance-service"\nversion = "0.1.0"');
    const pyproject = all.get("pyproject.toml")?.content ?? "";
    expect(pyproject).not.toContain("asyncio");
    for (const [, name, version] of pyproject.matchAll(/"([a-z-]+)(?:\[[a-z]+\])?==([^"]+)"/g))
      expect(lock, name).toContain(`name = "${name}"\nversion = "${version}"`);
  });

  it("builds a non-root image that migrates with manage.py and serves with gunicorn", () => {
    const all = files({});
    expect(all.get("Dockerfile")?.content).toMatchSnapshot();
    expect(all.get("entrypoint.sh")?.content).toContain("      python manage.py migrate\n");
    expect(all.get("entrypoint.sh")?.content).toContain("    exec gunicorn\n");
    expect(text({}, "gunicorn.conf.py")).toContain('worker_class = "gthread"');
  });

  it("is byte-stable", () => {
    const first = render({}).list();
    const second = render({}).list();
    expect(second.map((file) => file.path)).toEqual(first.map((file) => file.path));
    expect(second.map((file) => file.content)).toEqual(first.map((file) => file.content));
  });
});
