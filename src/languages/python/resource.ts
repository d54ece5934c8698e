import type { FieldModel, ResourceModel } from "../../engine/model.js";
import { withIndefiniteArticle } from "../../naming/index.js";
import { toSqlString } from "../../platform/postgres-ddl.js";
import type { PythonField } from "./fields.js";
import type { PythonLayout } from "./layout.js";
import { formatCall, LINE_LENGTH } from "./python-format.js";

/** What the Python templates print for a resource: its table's constraints and its imports. */
export interface PythonResource {
  /** The table's `sa.UniqueConstraint(...),` and `sa.CheckConstraint(...),` lines. */
  uniques: string[];
  checks: string[];
  /** The `@field_validator(...)` line refusing null for the patch's non-nullable fields. */
  nullGuard: string | undefined;
  enumTypes: string[];
  /** "an order item", for docstrings and summaries. */
  oneName: string;
  imports: { model: string[]; schemas: string[]; service: string[] };
}

/** The migration's table arguments are indented by eight spaces. */
const COLUMN_INDENT = 8;
const SCHEMA_TYPES = [
  "Boolean",
  "Day",
  "DecimalString",
  "Email",
  "Instant",
  "InstantOut",
  "Int32",
  "QueryBoolean",
  "QueryDecimal",
  "QueryInt32",
  "StringValued",
  "Text",
  "Uuid",
];
const SQLALCHEMY_TYPES = [
  "Boolean",
  "Date",
  "DateTime",
  "Enum",
  "Integer",
  "Numeric",
  "String",
  "Text",
  "Uuid",
];

export function describePythonResource(
  resource: ResourceModel,
  layout: PythonLayout,
  async: boolean,
): PythonResource {
  const fields = resource.fields.map((field) => field.stack as unknown as PythonField);
  const enumTypes = fields.flatMap((field) => (field.enumType ? [field.enumType] : []));
  return {
    uniques: resource.fields
      .filter((field) => field.unique)
      .map((field) => {
        const args = [`"${field.columnName}"`, `name=op.f("${toUniqueName(resource, field)}")`];
        return formatCall(COLUMN_INDENT, "", "sa.UniqueConstraint", args, ",");
      }),
    checks: resource.fields
      .filter((field) => field.type === "enum")
      .map((field) => {
        const name = toCheckName(resource, field);
        const args = [JSON.stringify(describeEnumCheck(field)), `name=op.f("${name}")`];
        return formatCall(COLUMN_INDENT, "", "sa.CheckConstraint", args, ",");
      }),
    enumTypes,
    oneName: withIndefiniteArticle(resource.singular.title.toLowerCase()),
    nullGuard: describeNullGuard(resource),
    imports: {
      model: describeModelImports(resource, fields, enumTypes, layout),
      schemas: describeSchemaImports(resource, fields, enumTypes, layout),
      service: describeServiceImports(resource, layout, async),
    },
  };
}

function describeNullGuard(resource: ResourceModel): string | undefined {
  const guarded = resource.fields.filter((field) => !field.nullable);
  if (guarded.length === 0) return undefined;
  const names = guarded.map((field) => `"${field.identifier}"`);
  return formatCall(4, "@", "field_validator", names);
}

/** The constraints' names, as the naming convention of models/base.py gives them. */
export function toUniqueName(resource: ResourceModel, field: FieldModel): string {
  return `uq_${resource.tableName}_${field.columnName}`;
}

export function toCheckName(resource: ResourceModel, field: FieldModel): string {
  return `ck_${resource.tableName}_${field.columnName}`;
}

/** An enum column's check: `type IN ('physical', 'digital')`. */
export function describeEnumCheck(field: FieldModel): string {
  return `${field.column} IN (${field.values.map(({ value }) => toSqlString(value)).join(", ")})`;
}

function describeModelImports(
  resource: ResourceModel,
  fields: PythonField[],
  enumTypes: string[],
  layout: PythonLayout,
): string[] {
  const code = fields.map((field) => field.mapped).join("\n");
  const has = (type: string) => resource.fields.some((field) => field.type === type);
  return [
    "import uuid",
    has("date") ? "from datetime import date, datetime" : "from datetime import datetime",
    ...(has("decimal") ? ["from decimal import Decimal"] : []),
    ...(enumTypes.length > 0 ? ["from enum import StrEnum"] : []),
    "",
    formatFromImport(
      "sqlalchemy",
      [
        ...new Set([
          "DateTime",
          "Index",
          "Uuid",
          ...SQLALCHEMY_TYPES.filter((name) => uses(code, name)),
        ]),
      ].sort(),
    ),
    "from sqlalchemy.orm import Mapped, mapped_column",
    "",
    formatFromImport(layout.base, enumTypes.length > 0 ? ["Base", "enum_values"] : ["Base"]),
  ];
}

function describeSchemaImports(
  resource: ResourceModel,
  fields: PythonField[],
  enumTypes: string[],
  layout: PythonLayout,
): string[] {
  const code = [
    ...fields.flatMap((field) => [field.write, field.read, field.filter]),
    'created_at: InstantOut = Field(alias="createdAt")',
  ].join("\n");
  const dateTypes = ["date", "datetime"].filter((name) => uses(code, name));
  const pydantic = [
    ...(uses(code, "Field") ? ["Field"] : []),
    ...(resource.fields.some((field) => !field.nullable) ? ["field_validator"] : []),
  ];
  return [
    ...(dateTypes.length > 0 ? [`from datetime import ${dateTypes.join(", ")}`] : []),
    ...(uses(code, "Decimal") ? ["from decimal import Decimal"] : []),
    ...(uses(code, "Annotated") ? ["from typing import Annotated"] : []),
    "from uuid import UUID",
    "",
    ...(pydantic.length > 0 ? [formatFromImport("pydantic", pydantic), ""] : []),
    ...formatFirstPartyImports([
      ...(enumTypes.length > 0
        ? ([[`${layout.models}.${resource.module}`, enumTypes]] as const)
        : []),
      [`${layout.schemas}.common`, ["ListQuery", "RequestBody", "ResponseBody"]],
      [`${layout.schemas}.types`, SCHEMA_TYPES.filter((name) => uses(code, name))],
    ]),
  ];
}

function describeServiceImports(
  resource: ResourceModel,
  layout: PythonLayout,
  async: boolean,
): string[] {
  const model = resource.identifier;
  return [
    "import uuid",
    "from collections.abc import Sequence",
    "from typing import Any",
    "",
    "from sqlalchemy import delete",
    ...(async
      ? [
          "from sqlalchemy.ext.asyncio import AsyncSession",
          "from sqlalchemy.orm import InstrumentedAttribute",
        ]
      : ["from sqlalchemy.orm import InstrumentedAttribute, Session"]),
    "",
    ...formatFirstPartyImports([
      [layout.problems, ["ProblemError"]],
      [`${layout.models}.${resource.module}`, [model]],
      [`${layout.schemas}.${resource.module}`, [`${model}Patch`, `${model}Query`, `${model}Write`]],
      [`${layout.services}.listing`, ["current_instant", "fetch_page"]],
    ]),
  ];
}

/** The project's own `from` imports, in the order ruff's isort keeps them: by module. */
export function formatFirstPartyImports(
  imports: ReadonlyArray<readonly [string, readonly string[]]>,
): string[] {
  return [...imports]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([module, names]) => formatFromImport(module, names));
}

function uses(code: string, name: string): boolean {
  return new RegExp(`(?<![\\w.])${name.replace(".", "\\.")}\\b`).test(code);
}

/** A `from module import a, b` line, wrapped the way ruff format wraps it past the line length. */
export function formatFromImport(module: string, names: readonly string[]): string {
  const line = `from ${module} import ${names.join(", ")}`;
  if (line.length <= LINE_LENGTH) return line;
  return `from ${module} import (\n${names.map((name) => `    ${name},\n`).join("")})`;
}
