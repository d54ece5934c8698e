import { describe, expect, it } from "vitest";
import { composeValidator } from "../../platform-checks/validators/json-schema.js";
import { breakSample, dedent, useSampleProjects, useValidatorTools } from "./helpers.js";

const GOOD = dedent(`
  services:
    app:
      build: .
      env_file: .env
      ports: ["8000:8000"]
      depends_on:
        db:
          condition: service_healthy
    db:
      image: postgres:17.2-alpine
      healthcheck:
        test: ["CMD-SHELL", "pg_isready -U postgres"]
        interval: 5s
        retries: 10
      volumes: ["db-data:/var/lib/postgresql/data"]
    prometheus:
      image: prom/prometheus:v3.1.0
      profiles: [observability]
  volumes:
    db-data: {}
`);

describe("compose validator (Compose specification JSON schema)", () => {
  const tools = useValidatorTools(composeValidator);
  const samples = useSampleProjects();

  it("fails a compose file with an unknown key", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(composeValidator, {
      "docker-compose.yml": breakSample(GOOD, "healthcheck:", "healthchecks:"),
    });
    expect(report.status).toBe("failed");
    expect(report.detail).toContain("'healthchecks' was unexpected");
  });

  it("fails a compose file with a wrong value type", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(composeValidator, {
      "docker-compose.yml": breakSample(GOOD, "condition: service_healthy", "condition: [healthy]"),
    });
    expect(report.status).toBe("failed");
  });

  it("passes a valid compose file", async (context) => {
    if (tools.unavailable()) return context.skip(tools.unavailable());
    const report = await samples.validate(composeValidator, { "docker-compose.yml": GOOD });
    expect(report.detail).toBe("");
    expect(report.status).toBe("passed");
  });
});
