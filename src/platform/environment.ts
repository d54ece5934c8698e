import { toDatabaseName } from "../naming/index.js";
import type { Spec } from "../spec/schema.js";

/** One environment variable a generated service reads (docs/contract.md, "Configuration"). */
export interface EnvVar {
  name: string;
  /** The value .env.example shows; a local-development value, never a real secret. */
  example: string;
  description: string;
  required: boolean;
  secret: boolean;
}

/** The service's configuration surface, in the order .env.example and the README list it. */
export function describeEnvironment(spec: Spec): EnvVar[] {
  const database = toDatabaseName(spec.name);
  const variables: EnvVar[] = [
    variable("PORT", String(spec.port), "Port the HTTP server listens on"),
    variable(
      "DATABASE_URL",
      `postgresql://postgres:postgres@localhost:5432/${database}`,
      "PostgreSQL connection URL",
      { required: true, secret: true },
    ),
    variable("LOG_LEVEL", "info", "debug, info, warning or error"),
    variable("CORS_ORIGINS", "", "Comma-separated origins allowed by CORS; empty turns CORS off"),
    variable("SHUTDOWN_GRACE_SECONDS", "20", "Seconds in-flight requests get to finish on SIGTERM"),
  ];
  if (spec.auth === "jwt") {
    variables.push(
      variable(
        "JWT_SECRET",
        "local-development-secret-change-me-0123456789",
        "HS256 secret, at least 32 bytes (or set JWT_JWKS_URL instead)",
        { secret: true },
      ),
      variable("JWT_JWKS_URL", "", "JWKS URL for RS256/ES256 tokens; used instead of JWT_SECRET"),
      variable("JWT_ISSUER", "", "Expected iss claim; empty skips the check"),
      variable("JWT_AUDIENCE", "", "Expected aud claim; empty skips the check"),
      variable("JWT_LEEWAY_SECONDS", "0", "Clock skew allowed when checking exp and nbf"),
      variable("JWT_ROLES_CLAIM", "roles", "Claim holding the caller's roles"),
    );
  }
  if (spec.features.tracing) {
    variables.push(
      variable("OTEL_EXPORTER_OTLP_ENDPOINT", "", "OTLP endpoint; tracing is on when set"),
      variable("OTEL_SERVICE_NAME", spec.name, "Service name on exported spans"),
    );
  }
  return variables;
}

function variable(
  name: string,
  example: string,
  description: string,
  flags: { required?: boolean; secret?: boolean } = {},
): EnvVar {
  return {
    name,
    example,
    description,
    required: flags.required ?? false,
    secret: flags.secret ?? false,
  };
}
