import { defineGoStack } from "../../languages/go/index.js";

/** Go with Gin, pgx v5, goose, slog, client_golang, OpenTelemetry, golang-jwt, validator. */
export const goGin = defineGoStack({
  id: "go-gin",
  title: "Go Gin",
  summary: "Gin, pgx v5 with goose migrations, slog, validator, golangci-lint, go test",
  name: "Gin",
  templates: new URL("./templates/", import.meta.url),
});
