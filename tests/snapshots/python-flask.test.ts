import { describe, expect, it } from "vitest";
import { renderStack } from "./render.js";

const { files, text } = renderStack("python-flask");

// What every Python stack shares is checked in python.test.ts.
describe("python-flask", () => {
  it("lays the project out as the seed's Flask scaffold", () => {
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

  it("leaves out the Flask parts of auth, metrics and tracing when off", () => {
    const off = files({ auth: "none", features: { metrics: false, tracing: false } });
    for (const path of ["src/utils/authentication.py", "src/api/metrics.py"])
      expect(off.has(path), path).toBe(false);
    expect(off.get("src/app.py")?.content).not.toMatch(/observe_request|configure_tracing/);
    expect(off.get("src/api/__init__.py")?.content).not.toContain("require_token");
    expect(off.get("src/api/openapi.py")?.content).not.toContain("bearerAuth");
    const lock = off.get("uv.lock")?.content ?? "";
    expect(lock).not.toContain('name = "opentelemetry-instrumentation-flask"');
    expect(lock).not.toContain('name = "fastapi"');
    expect(off.get("pyproject.toml")?.content).not.toContain("asyncio");
  });

  it("builds a non-root image that migrates with manage.py and serves with gunicorn", () => {
    const all = files({});
    expect(all.get("Dockerfile")?.content).toMatchSnapshot();
    expect(all.get("entrypoint.sh")?.content).toContain("      python manage.py migrate\n");
    expect(all.get("entrypoint.sh")?.content).toContain("    exec gunicorn\n");
    expect(text({}, "gunicorn.conf.py")).toContain('worker_class = "gthread"');
  });
});
