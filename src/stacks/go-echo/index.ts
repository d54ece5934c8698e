import { defineGoStack } from "../../languages/go/index.js";

/** Go with Echo, pgx v5, goose, slog, client_golang, OpenTelemetry, golang-jwt, validator. */
export const goEcho = defineGoStack({
  id: "go-echo",
  title: "Go Echo",
  summary: "Echo, pgx v5 with goose migrations, slog, validator, golangci-lint, go test",
  name: "Echo",
  templates: new URL("./templates/", import.meta.url),
});
