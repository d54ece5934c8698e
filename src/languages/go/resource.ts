import type { FieldModel, ResourceModel } from "../../engine/model.js";
import type { GoEnum, GoField } from "./fields.js";
import { alignColumns, toGoString } from "./go-format.js";

/** What the Go templates print for a resource: its structs, enums, SQL and test payloads. */
export interface GoResource {
  /** The aligned lines of the model struct and of the input struct. */
  modelFields: string[];
  inputFields: string[];
  enums: (GoEnum & { field: string; lines: string[] })[];
  /** Whether the model file needs "time" (a datetime field's default). */
  importsTime: boolean;
  /** The SELECT list, in the model's field order. */
  selectColumns: string;
  /** The row.Scan arguments filling `item`. */
  scanTargets: string;
  /** The index that orders lists, created with the table. */
  orderIndex: string;
  /** The braces of Go map literals (`{"name": "sample"}`) of two valid bodies. */
  payloads: [string, string];
  /** A body for the end-to-end test, with fresh values for the unique fields it can vary. */
  e2ePayload: string;
  /** The JSON names of the fields e2ePayload gives fresh values (uuid.NewString()). */
  freshFields: string[];
  /** The JSON names of the required fields, sorted, and of a unique field with distinct samples. */
  requiredFields: string[];
  uniqueField: string | undefined;
}

export function describeGoResource(resource: ResourceModel): GoResource {
  const fields = resource.fields.map((field) => ({ field, go: field.stack as unknown as GoField }));
  const tag = (name: string, validate = "") =>
    `\`json:${toGoString(name)}${validate === "" ? "" : ` validate:${toGoString(validate)}`}\``;
  const enums = fields.flatMap(({ field, go }) =>
    go.enum
      ? [
          {
            ...go.enum,
            field: field.exported,
            lines: alignColumns(
              go.enum.constants.map((constant) => [
                constant.name,
                go.enum?.type ?? "",
                `= ${toGoString(constant.value)}`,
              ]),
            ),
          },
        ]
      : [],
  );
  return {
    modelFields: alignColumns([
      ["ID", "uuid.UUID", tag("id")],
      ...fields.map(({ field, go }) => [field.exported, go.modelType, tag(field.name)]),
      ["CreatedAt", "wire.Instant", tag("createdAt")],
      ["UpdatedAt", "wire.Instant", tag("updatedAt")],
    ]),
    inputFields: alignColumns(
      fields.map(({ field, go }) => [field.exported, go.inputType, tag(field.name, go.validate)]),
    ),
    enums,
    importsTime: fields.some(({ go }) => go.defaultValue?.includes("time.") === true),
    selectColumns: ["id", ...fields.map(({ go }) => go.select), "created_at", "updated_at"].join(
      ", ",
    ),
    scanTargets: ["ID", ...resource.fields.map((field) => field.exported), "CreatedAt", "UpdatedAt"]
      .map((name) => `&item.${name}`)
      .join(", "),
    orderIndex: `${resource.tableName}_created_at_id_idx`,
    payloads: [0, 1].map((index) =>
      toMapLiteral(fields.map(({ field, go }) => [field.name, go.samples[index] ?? ""])),
    ) as [string, string],
    e2ePayload: toMapLiteral(
      fields.map(({ field, go }) => [
        field.name,
        (field.unique && describeFreshValue(field)) || go.samples[0],
      ]),
    ),
    freshFields: resource.fields
      .filter((field) => field.unique && describeFreshValue(field))
      .map((field) => field.name),
    requiredFields: resource.fields
      .filter((field) => field.required)
      .map((field) => field.name)
      .sort(),
    uniqueField: resource.fields.find(
      (field) => field.unique && field.samples[0] !== field.samples[1],
    )?.name,
  };
}

/** The braces of a Go map literal of JSON names and Go expressions. */
function toMapLiteral(entries: readonly (readonly [string, string])[]): string {
  return `{${entries.map(([name, value]) => `${toGoString(name)}: ${value}`).join(", ")}}`;
}

/** A Go expression giving a fresh valid value of a string, e-mail or UUID field on every run. */
function describeFreshValue(field: FieldModel): string | undefined {
  switch (field.type) {
    case "uuid":
      return "uuid.NewString()";
    case "email":
      return `uuid.NewString()[:8] + "@example.com"`;
    case "string":
    case "text":
      return (field.maxLength ?? 36) >= 36
        ? "uuid.NewString()"
        : `uuid.NewString()[:${field.maxLength}]`;
    default:
      return undefined;
  }
}
