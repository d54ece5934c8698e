import { describe, expect, it } from "vitest";
import { renderStack } from "./render.js";

const { files, text } = renderStack("python-fastapi");

// What every Python stack shares is checked in python.test.ts.
describe("python-fastapi", () => {
  it("keeps its database access async, in the shared modules too", () => {
    const service = text({}, "app/services/order_item.py");
    expect(service).toContain("from sqlalchemy.ext.asyncio import AsyncSession\n");
    expect(service).toContain("async def get_order_item(\n    session: AsyncSession,");
    expect(text({}, "tests/integration/test_product_api.py")).toContain(
      "async def test_create_then_read(client: AsyncClient) -> None:",
    );
    expect(text({}, "pyproject.toml")).toContain('asyncio_mode = "auto"');
  });

  it("leaves out the FastAPI parts of auth, metrics and tracing when off", () => {
    const off = files({ auth: "none", features: { metrics: false, tracing: false } });
    for (const path of ["app/core/authentication.py", "app/api/metrics.py"])
      expect(off.has(path), path).toBe(false);
    expect(off.get("app/main.py")?.content).not.toMatch(/observe_request|configure_tracing/);
  });

  it("builds a non-root image whose entry point migrates and starts the service", () => {
    const all = files({});
    expect(all.get("Dockerfile")?.content).toMatchSnapshot();
    expect(all.get("entrypoint.sh")?.content).toContain("      alembic upgrade head\n");
    expect(all.get("entrypoint.sh")?.content).toContain("    exec python -m app\n");
    expect(all.get("entrypoint.sh")?.mode).toBe(0o755);
    expect(all.get(".dockerignore")?.content).toContain(".venv/\n");
    expect(all.get("docker-compose.yml")?.content).toMatchSnapshot();
  });
});
