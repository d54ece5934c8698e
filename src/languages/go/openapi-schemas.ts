import type { FieldModel, ResourceModel } from "../../engine/model.js";

/** The JSON Schemas of the OpenAPI document: each resource's, and the shared ones. */
export type Schema = Record<string, unknown>;

export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
export const json = (schema: Schema) => ({ "application/json": { schema } });

export function describeFieldSchema(field: FieldModel): Schema {
  const length = field.maxLength === undefined ? {} : { maxLength: field.maxLength };
  switch (field.type) {
    case "string":
    case "text":
      return { type: "string", ...length };
    case "email":
      return { type: "string", format: "email", ...length };
    case "integer":
      return {
        type: "integer",
        format: "int32",
        ...(field.min === undefined ? {} : { minimum: field.min }),
        ...(field.max === undefined ? {} : { maximum: field.max }),
      };
    case "decimal": {
      const bounds = [
        ...(field.min === undefined ? [] : [`at least ${field.min}`]),
        ...(field.max === undefined ? [] : [`at most ${field.max}`]),
      ];
      return {
        type: "string",
        pattern: field.scale === 0 ? "^-?\\d+$" : `^-?\\d+(\\.\\d{1,${field.scale}})?$`,
        description: [
          `A decimal with ${field.precision} digits, ${field.scale} after the point`,
          ...bounds,
        ].join(", "),
      };
    }
    case "boolean":
      return { type: "boolean" };
    case "date":
      return { type: "string", format: "date" };
    case "datetime":
      return { type: "string", format: "date-time" };
    case "uuid":
      return { type: "string", format: "uuid" };
    case "enum":
      return { type: "string", enum: field.values.map(({ value }) => value) };
  }
}

const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: "null" }] });
export const timestamp: Schema = { type: "string", format: "date-time" };

export function describeSchemas(resource: ResourceModel): Record<string, Schema> {
  const name = resource.identifier;
  const item = Object.fromEntries(
    resource.fields.map((field) => {
      const schema = describeFieldSchema(field);
      return [field.name, field.nullable ? nullable(schema) : schema];
    }),
  );
  const input = Object.fromEntries(
    resource.fields.map((field) => {
      const schema = describeFieldSchema(field);
      const withDefault =
        field.default === undefined ? schema : { ...schema, default: field.default };
      return [field.name, field.nullable ? nullable(withDefault) : withDefault];
    }),
  );
  const required = resource.fields.filter((field) => field.required).map((field) => field.name);
  return {
    [name]: {
      type: "object",
      properties: {
        id: { type: "string", format: "uuid" },
        ...item,
        createdAt: timestamp,
        updatedAt: timestamp,
      },
      required: ["id", ...resource.fields.map((field) => field.name), "createdAt", "updatedAt"],
    },
    [`${name}Input`]: {
      type: "object",
      description: "A whole item (POST, PUT); id, createdAt and updatedAt are ignored if sent.",
      properties: input,
      ...(required.length > 0 ? { required } : {}),
      additionalProperties: false,
    },
    [`${name}Patch`]: {
      type: "object",
      description: "A JSON Merge Patch (RFC 7396): a value sets a field, null clears it.",
      properties: input,
      additionalProperties: false,
    },
    [`${name}Page`]: {
      type: "object",
      properties: {
        items: { type: "array", items: ref(name) },
        total: { type: "integer" },
        limit: { type: "integer" },
        offset: { type: "integer" },
      },
      required: ["items", "total", "limit", "offset"],
    },
  };
}
