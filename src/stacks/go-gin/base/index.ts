/**
 * The framework-neutral part of microforge's Go stacks: configuration, database access and
 * migrations, models, the store and the services, validation, problem details, JWT
 * verification, logs, metrics, tracing, the net/http middleware, the OpenAPI document, the
 * commands and the tests that go through the HTTP handler. A framework adds the package
 * `internal/server` (its router and handlers, exposing `New(Dependencies) http.Handler` and the
 * route table the OpenAPI test reads), its go.mod and go.sum, and nothing else.
 */
import type { ServiceModel } from "../../../engine/model.js";
import type { FileEntry } from "../../../engine/types.js";
import { toGoModulePath, toKebabCase } from "../../../naming/index.js";
import { createTemplateFolder } from "../../../platform/template-folder.js";
import type { Spec } from "../../../spec/schema.js";
import type {
  StackCommands,
  StackContainer,
  StackPipeline,
  StackReadmeSection,
  StackTask,
} from "../../types.js";
import { buildOpenApiDocument } from "./openapi.js";

export { overlayTemplates } from "../../../platform/template-folder.js";
export { describeGoField } from "./fields.js";
export { describeGoResource } from "./resource.js";

/** The Go release the projects are written for (go.mod's go line) and built with. */
export const GO_VERSION = "1.26";
export const GO_TOOLCHAIN = "1.26.8";
export const GOLANGCI_LINT = "github.com/golangci/golangci-lint/v2/cmd/golangci-lint@v2.15.0";
const SWAGGER_UI_VERSION = "5.35.0";

export const goBaseTemplates = createTemplateFolder(new URL("./templates/", import.meta.url));

const perResource = (template: string) => ({ template, each: "resource" as const });

/** Files only resources use (the generic store, the services' helpers) need at least one. */
export const hasResources = (model: ServiceModel) => model.resources.length > 0;

/** The files every Go stack generates, whatever its framework. */
export const GO_BASE_FILES: readonly FileEntry[] = [
  { template: ".golangci.yml.eta" },
  { template: "Dockerfile.eta" },
  { template: "cmd/__service.kebab__/main.go.eta" },
  { template: "cmd/token/main.go.eta", when: (it) => it.auth },
  { template: "internal/auth/auth.go.eta", when: (it) => it.auth },
  { template: "internal/auth/auth_test.go.eta", when: (it) => it.auth },
  { template: "internal/auth/token.go.eta", when: (it) => it.auth },
  { template: "internal/config/config.go.eta" },
  { template: "internal/config/config_test.go.eta" },
  { template: "internal/config/dotenv.go" },
  { template: "internal/database/database.go" },
  { template: "internal/database/database_test.go" },
  { template: "internal/database/migrate.go" },
  { template: "internal/database/migrations/README.md" },
  perResource("internal/database/migrations/__resource.stack.migration.file__.eta"),
  { template: "internal/health/health.go" },
  { template: "internal/health/health_test.go" },
  { template: "scripts/coverage.sh", executable: true },
  { template: "internal/listing/listing.go.eta" },
  { template: "internal/listing/listing_test.go.eta" },
  { template: "internal/logging/logging.go" },
  { template: "internal/logging/logging_test.go" },
  { template: "internal/metrics/metrics.go", when: (it) => it.features.metrics },
  { template: "internal/middleware/body.go.eta" },
  { template: "internal/middleware/cors.go" },
  { template: "internal/middleware/middleware_test.go" },
  { template: "internal/middleware/request.go.eta" },
  { template: "internal/middleware/routes.go" },
  { template: "internal/middleware/stack.go.eta" },
  { template: "internal/model/model.go" },
  perResource("internal/model/__resource.module__.go.eta"),
  { template: "internal/openapi/openapi.json.eta" },
  { template: "internal/openapi/openapi.go" },
  { template: "internal/openapi/swagger-ui.html.eta" },
  { template: "internal/problem/problem.go.eta" },
  { template: "internal/server/main_test.go.eta" },
  { template: "internal/server/api_test.go.eta" },
  { template: "internal/server/resource_helpers_test.go.eta", when: hasResources },
  perResource("internal/server/__resource.module___test.go.eta"),
  { template: "internal/service/service.go.eta", when: hasResources },
  perResource("internal/service/__resource.module__.go.eta"),
  { template: "internal/store/store.go" },
  { template: "internal/store/table.go.eta", when: hasResources },
  perResource("internal/store/__resource.module__.go.eta"),
  { template: "internal/tracing/tracing.go", when: (it) => it.features.tracing },
  { template: "internal/validation/rules.go.eta" },
  { template: "internal/validation/validation.go.eta" },
  { template: "internal/validation/validation_test.go.eta" },
  { template: "internal/wire/date.go" },
  { template: "internal/wire/decimal.go" },
  { template: "internal/wire/instant.go" },
  { template: "internal/wire/wire.go" },
  { template: "internal/wire/wire_test.go" },
  { template: "e2e/service_test.go.eta" },
];

/** The commands of a Go project; `__service.kebab__` is the service's binary. */
/** The commands for a service; its binary, built into bin/, is named after it. */
export function describeGoCommands(spec: Spec): StackCommands {
  const binary = toKebabCase(spec.name);
  return {
    install: `go mod download && go build -o bin/${binary} ./cmd/${binary}`,
    lint: "golangci-lint run",
    formatCheck: "golangci-lint fmt --diff",
    format: "golangci-lint fmt",
    typecheck: "go vet -tags e2e ./...",
    test: `scripts/coverage.sh ${spec.features.coverage}`,
    testE2e: "go test -tags e2e -count=1 ./e2e/...",
    migrate: `go run ./cmd/${binary} migrate up`,
    run: `go run ./cmd/${binary}`,
    start: `bin/${binary}`,
    devToken: "go run ./cmd/token -role admin",
  };
}

export function describeGoContainer(spec: Spec): StackContainer {
  const binary = toKebabCase(spec.name);
  return { migrate: `/app/${binary} migrate up`, start: `/app/${binary}`, ignore: ["e2e/"] };
}

export const GO_TASKS: readonly StackTask[] = [
  {
    name: "tools",
    command: `go install ${GOLANGCI_LINT}`,
    description: "installs the pinned golangci-lint into the Go bin folder (put it on PATH)",
  },
];

export const GO_PREREQUISITES =
  "The tools here are Go 1.26 and golangci-lint 2.15 (`make tools` installs it).";
export const GO_PIPELINE: StackPipeline = {
  toolchain: "go",
  lintTools: `go install ${GOLANGCI_LINT}`,
  securityScan: {
    tool: "gosec",
    command: "go run github.com/securego/gosec/v2/cmd/gosec@v2.30.0 ./...",
  },
  dependencyAudit: {
    tool: "govulncheck",
    command: "go run golang.org/x/vuln/cmd/govulncheck@v1.9.0 ./...",
  },
};

export const GO_GITIGNORE: readonly string[] = ["/bin/", "coverage.out"];

/**
 * The README's notes on how a Go project is built, for a framework named `framework` (its
 * package `internal/server` is the only one that imports it).
 */
export function describeGoReadme(framework: string): StackReadmeSection[] {
  return [
    {
      title: "How it is built",
      body: [
        "- **Layout.** `cmd/__service.kebab__` is the service (`serve`, the default, `migrate up` and",
        "  `migrate down`); `cmd/token` mints development tokens. `internal/` has one package per role:",
        "  `config`, `database` (the pgx pool and the goose migrations, embedded in the binary), `model`,",
        "  `store` (SQL), `service` (use cases), `validation`, `listing`, `problem`, `middleware`,",
        "  `openapi`, `auth`, `metrics` and `tracing` (when the service has them), and `server`, the only",
        `  package that knows ${framework}.`,
        "- **Database access: pgx v5 and hand-written SQL, rather than sqlc or GORM.** Lists sort and",
        "  filter on every field, and a merge patch updates only the fields it names, so those statements",
        "  are built at run time. sqlc generates static queries (a dynamic `ORDER BY` would need a `CASE`",
        "  per field and direction); GORM builds SQL at run time but hides it, treats zero values as",
        '  "not set", which a merge patch must not, and brings its own logger and tracing. `internal/store`',
        "  builds its few statements from whitelisted column names, with every value as a parameter, and",
        "  pgx's OpenTelemetry tracer (otelpgx) traces each one.",
        "- **Requests.** A body is decoded strictly (decimals are strings, integers 32-bit, unknown fields",
        "  refused), then checked with go-playground/validator against the tags of its `model` input;",
        "  every failing constraint is reported at once.",
        "- **OpenAPI.** `internal/openapi/openapi.json` was generated with the service and is served at",
        `  \`/openapi.json\`; \`TestOpenAPIDocumentsEveryRoute\` fails when it and ${framework}'s routes disagree.`,
        "- **Tools.** `make tools` installs the pinned golangci-lint, which lints and formats (gofmt,",
        '  goimports); put the Go bin folder on your PATH: `export PATH="$PATH:$(go env GOPATH)/bin"`.',
      ].join("\n"),
    },
  ];
}

/** The facts every Go template reads: the module path, the Go release, pinned front-end assets. */
export function describeGoService(model: ServiceModel): Record<string, unknown> {
  return {
    module: toGoModulePath(model.spec.name),
    goVersion: GO_TOOLCHAIN,
    swaggerUiVersion: SWAGGER_UI_VERSION,
    openapi: buildOpenApiDocument(model),
  };
}
