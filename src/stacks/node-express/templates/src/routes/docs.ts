import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { HttpProblem } from "../http/problems.js";
import type { Route } from "../http/routes.js";

const SWAGGER_UI = dirname(fileURLToPath(import.meta.resolve("swagger-ui-dist/package.json")));
/** The Swagger UI files the page loads, served from the swagger-ui-dist package. */
const ASSETS = new Set([
  "swagger-ui.css",
  "swagger-ui-bundle.js",
  "swagger-ui-standalone-preset.js",
]);

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>API documentation</title>
    <link rel="stylesheet" href="/docs/swagger-ui.css">
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/docs/swagger-ui-bundle.js"></script>
    <script src="/docs/swagger-ui-standalone-preset.js"></script>
    <script>
      SwaggerUIBundle({
        url: "/openapi.json",
        dom_id: "#swagger-ui",
        presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
        layout: "StandaloneLayout",
      });
    </script>
  </body>
</html>
`;

/** `GET /openapi.json` and Swagger UI at `GET /docs`. */
export function createDocsRoutes(document: object): Route[] {
  const json = JSON.stringify(document);
  return [
    {
      method: "GET",
      path: "/openapi.json",
      handlers: [(_request, response) => void response.type("application/json").send(json)],
    },
    {
      method: "GET",
      path: "/docs",
      handlers: [(_request, response) => void response.type("html").send(PAGE)],
    },
    {
      method: "GET",
      path: "/docs/{asset}",
      handlers: [
        (request, response) => {
          const { asset } = request.params;
          if (typeof asset !== "string" || !ASSETS.has(asset)) {
            throw new HttpProblem(404, "No such documentation file");
          }
          response.sendFile(asset, { root: SWAGGER_UI, maxAge: "1d" });
        },
      ],
    },
  ];
}
