import type { ResourceModel, ServiceModel } from "../../engine/model.js";
import {
  describeFieldSchema,
  describeSchemas,
  json,
  ref,
  type Schema,
  timestamp,
} from "./openapi-schemas.js";

const PROBLEM_TITLES: Record<number, string> = {
  400: "Malformed request body",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  409: "Conflict",
  413: "Payload too large",
  415: "Unsupported media type",
  422: "Validation failed",
  503: "Service unavailable",
};

function problems(...statuses: number[]): Record<string, unknown> {
  return Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: PROBLEM_TITLES[status],
        content: { "application/problem+json": { schema: ref("Problem") } },
      },
    ]),
  );
}

function describeListParameters(resource: ResourceModel): Schema[] {
  const query = (name: string, schema: Schema, description: string) => ({
    name,
    in: "query",
    schema,
    description,
  });
  return [
    query(
      "limit",
      { type: "integer", minimum: 1, default: 20 },
      "Page size; values above 100 are clamped to 100",
    ),
    query("offset", { type: "integer", minimum: 0, default: 0 }, "Items to skip"),
    query(
      "sort",
      { type: "string" },
      "Comma-separated field names, - for descending, e.g. -createdAt,id",
    ),
    query("id", { type: "string", format: "uuid" }, "Only the item with this id"),
    ...resource.fields.map((field) =>
      query(
        field.name,
        describeFieldSchema(field),
        `Only items whose ${field.name} equals this value`,
      ),
    ),
    query("createdAt", timestamp, "Only items created at this instant"),
    query("updatedAt", timestamp, "Only items last updated at this instant"),
  ];
}

function describeResourcePaths(resource: ResourceModel, secured: Schema): Record<string, unknown> {
  const name = resource.identifier;
  const tag = resource.plural.kebab;
  const guard = secured.security === undefined ? [] : [401, 403];
  const body = (schema: string, patch = false) => ({
    required: true,
    content: patch
      ? {
          "application/json": { schema: ref(schema) },
          "application/merge-patch+json": { schema: ref(schema) },
        }
      : json(ref(schema)),
  });
  const operation = (id: string, summary: string, extra: Schema) => ({
    operationId: `${id}`,
    summary,
    tags: [tag],
    ...secured,
    ...extra,
  });
  const one = resource.singular.title.toLowerCase();
  return {
    [resource.path]: {
      get: operation(
        `list${resource.plural.pascal}`,
        `List ${resource.plural.title.toLowerCase()}`,
        {
          parameters: describeListParameters(resource),
          responses: {
            "200": { description: "A page of items", content: json(ref(`${name}Page`)) },
            ...problems(...guard, 422),
          },
        },
      ),
      post: operation(`create${resource.singular.pascal}`, `Create a ${one}`, {
        requestBody: body(`${name}Input`),
        responses: {
          "201": {
            description: "The created item",
            headers: { Location: { description: "The item's path", schema: { type: "string" } } },
            content: json(ref(name)),
          },
          ...problems(400, ...guard, 409, 413, 415, 422),
        },
      }),
    },
    [`${resource.path}/{id}`]: {
      parameters: [
        { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } },
      ],
      get: operation(`get${resource.singular.pascal}`, `Read a ${one}`, {
        responses: {
          "200": { description: "The item", content: json(ref(name)) },
          ...problems(...guard, 404),
        },
      }),
      put: operation(`replace${resource.singular.pascal}`, `Replace a ${one}`, {
        requestBody: body(`${name}Input`),
        responses: {
          "200": { description: "The replaced item", content: json(ref(name)) },
          ...problems(400, ...guard, 404, 409, 413, 415, 422),
        },
      }),
      patch: operation(`patch${resource.singular.pascal}`, `Change some fields of a ${one}`, {
        requestBody: body(`${name}Patch`, true),
        responses: {
          "200": { description: "The changed item", content: json(ref(name)) },
          ...problems(400, ...guard, 404, 409, 413, 415, 422),
        },
      }),
      delete: operation(`delete${resource.singular.pascal}`, `Delete a ${one}`, {
        responses: { "204": { description: "Deleted" }, ...problems(...guard, 404) },
      }),
    },
  };
}

/**
 * The OpenAPI 3.1 document of a generated service, built from the same view model as its
 * routes. The service embeds it; its own test compares it with the router's routes.
 */
export function buildOpenApiDocument(model: ServiceModel): string {
  const secured: Schema = model.auth ? { security: [{ bearerAuth: [] }] } : {};
  const health = (description: string, extra: Record<string, unknown> = {}) => ({
    get: {
      operationId: description === "live" ? "live" : "ready",
      summary: description === "live" ? "Liveness probe" : "Readiness probe: the database answers",
      tags: ["health"],
      responses: { "200": { description: "Ready", content: json(ref("Health")) }, ...extra },
    },
  });
  const paths: Record<string, unknown> = {
    "/health/live": health("live"),
    "/health/ready": health("ready", {
      "503": {
        description: "Shutting down, or the database is down",
        content: json(ref("Health")),
      },
    }),
    ...(model.features.metrics
      ? {
          "/metrics": {
            get: {
              operationId: "metrics",
              summary: "Prometheus metrics",
              tags: ["operations"],
              responses: {
                "200": {
                  description: "The Prometheus text format",
                  content: { "text/plain": { schema: { type: "string" } } },
                },
              },
            },
          },
        }
      : {}),
    ...Object.assign(
      {},
      ...model.resources.map((resource) => describeResourcePaths(resource, secured)),
    ),
  };
  const document = {
    openapi: "3.1.0",
    info: { title: `${model.service.title} API`, version: "0.1.0" },
    paths,
    components: {
      schemas: {
        ...Object.assign({}, ...model.resources.map(describeSchemas)),
        Health: {
          type: "object",
          properties: {
            status: { type: "string", enum: ["ok", "unavailable"] },
            checks: {
              type: "object",
              additionalProperties: { type: "string", enum: ["ok", "down"] },
            },
          },
          required: ["status"],
        },
        Problem: {
          type: "object",
          description: "An RFC 9457 problem",
          properties: {
            type: { type: "string" },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            instance: { type: "string" },
            errors: { type: "array", items: ref("FieldError") },
          },
          required: ["type", "title", "status", "detail", "instance"],
        },
        FieldError: {
          type: "object",
          properties: { field: { type: "string" }, message: { type: "string" } },
          required: ["field", "message"],
        },
      },
      ...(model.auth
        ? {
            securitySchemes: {
              bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT" },
            },
          }
        : {}),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
