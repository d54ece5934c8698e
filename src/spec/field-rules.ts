import { normalizeNameKey, toCamelCase, toScreamingSnakeCase } from "../naming/index.js";
import { type Checker, checkDecimal, checkInteger, common, type Report } from "./numeric-rules.js";
import {
  DEFAULT_STRING_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  FIELD_TYPES,
  type Field,
  type FieldType,
  type ParsedField,
  TYPE_MODIFIERS,
  type TypeModifier,
} from "./schema.js";
import { joinWords, suggestClosest, withArticle } from "./suggest.js";
import { countCodePoints, isEmail, isIsoDate, isRfc3339DateTime, isUuid } from "./values.js";

/** Every resource has these; list queries use these parameters. Compared in any casing. */
export const AUTOMATIC_FIELDS = ["id", "createdAt", "updatedAt"] as const;
export const QUERY_PARAMETERS = ["limit", "offset", "sort"] as const;

const FIELD_NAME_PATTERN = /^[a-z][a-zA-Z0-9]*$/;
const ENUM_VALUE_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;
const MAX_TEXT_LENGTH = 10_485_760;

/** Checks the name of one field; `report` receives the key under the field's path. */
export function checkFieldName(name: string, report: Report): void {
  const key = normalizeNameKey(name);
  const automatic = AUTOMATIC_FIELDS.find((field) => normalizeNameKey(field) === key);
  if (automatic) {
    report(
      "name",
      `"${name}" is a field every resource already has (id, createdAt, updatedAt); remove it`,
    );
    return;
  }
  const parameter = QUERY_PARAMETERS.find((field) => normalizeNameKey(field) === key);
  if (parameter) {
    report(
      "name",
      `"${name}" is a list query parameter (limit, offset, sort) and cannot be a field; rename it, e.g. "${parameter}Value"`,
    );
    return;
  }
  if (!FIELD_NAME_PATTERN.test(name)) {
    const suggestion = toCamelCase(name);
    const hint = FIELD_NAME_PATTERN.test(suggestion) ? `, e.g. "${suggestion}"` : "";
    report(
      "name",
      `"${name}" is not a camelCase field name; JSON names are camelCase: a lower-case letter, then letters and digits${hint}`,
    );
  }
}

/** Checks one field's type and modifiers and returns it with every default made explicit. */
export function checkField(field: ParsedField, report: Report): Field | undefined {
  if (!(FIELD_TYPES as readonly string[]).includes(field.type)) {
    const guess = suggestClosest(field.type, FIELD_TYPES);
    report(
      "type",
      `unknown field type "${field.type}"; use one of: ${FIELD_TYPES.join(", ")}${guess ? ` (did you mean "${guess}"?)` : ""}`,
    );
    return undefined;
  }
  const type = field.type as FieldType;
  let applicable = true;
  for (const [modifier, types] of Object.entries(TYPE_MODIFIERS)) {
    if (
      field[modifier as TypeModifier] !== undefined &&
      !(types as readonly string[]).includes(type)
    ) {
      report(
        modifier,
        `"${modifier}" applies only to ${joinWords(types)} fields, not to ${withArticle(type)} field; remove it`,
      );
      applicable = false;
    }
  }
  if (field.required && field.default !== undefined) {
    report("default", "a required field cannot have a default; remove required or the default");
    applicable = false;
  }
  if (!applicable) return undefined;
  const checker = TYPE_CHECKERS[type];
  return checker(field, report);
}

function checkTextual(type: "string" | "text" | "email", limit: number | undefined): Checker {
  return (field, report) => {
    const maxLength = field.maxLength ?? limit;
    const ceiling = type === "email" ? EMAIL_MAX_LENGTH : MAX_TEXT_LENGTH;
    if (maxLength !== undefined && (maxLength < 1 || maxLength > ceiling)) {
      report(
        "maxLength",
        `maxLength must be between 1 and ${ceiling} for ${withArticle(type)} field`,
      );
      return undefined;
    }
    const value = field.default;
    if (value === undefined) return { ...common(field), type, maxLength } as Field;
    if (typeof value !== "string") {
      report(
        "default",
        `the default of ${withArticle(type)} field must be a string, not ${JSON.stringify(value)}`,
      );
      return undefined;
    }
    if (maxLength !== undefined && countCodePoints(value) > maxLength) {
      report("default", `the default is longer than maxLength (${maxLength})`);
      return undefined;
    }
    if (value.includes("\u0000")) {
      report("default", "the default must not contain U+0000");
      return undefined;
    }
    if (type === "email" && !isEmail(value)) {
      report("default", `the default "${value}" is not a valid e-mail address`);
      return undefined;
    }
    return { ...common(field), type, maxLength, default: value } as Field;
  };
}

function checkBoolean(field: ParsedField, report: Report): Field | undefined {
  if (field.default !== undefined && typeof field.default !== "boolean") {
    report(
      "default",
      `the default of a boolean field must be true or false, not ${JSON.stringify(field.default)}`,
    );
    return undefined;
  }
  return { ...common(field), type: "boolean", default: field.default };
}

function checkPatterned(
  type: "date" | "datetime" | "uuid",
  accepts: (value: string) => boolean,
  shape: string,
): Checker {
  return (field, report) => {
    const value = field.default;
    if (value !== undefined && (typeof value !== "string" || !accepts(value))) {
      report(
        "default",
        `the default of ${withArticle(type)} field must be ${shape}, not ${JSON.stringify(value)}`,
      );
      return undefined;
    }
    return { ...common(field), type, default: value };
  };
}

function checkEnum(field: ParsedField, report: Report): Field | undefined {
  const values = field.values;
  if (values === undefined || values.length === 0) {
    report(
      "values",
      "an enum field needs a non-empty list of values, e.g. values: [draft, active]",
    );
    return undefined;
  }
  const seen = new Map<string, string>();
  for (const [index, value] of values.entries()) {
    if (!ENUM_VALUE_PATTERN.test(value)) {
      report(
        `values[${index}]`,
        `"${value}" is not a valid enum value; start with a letter and use letters, digits, "_" and "-"`,
      );
      return undefined;
    }
    const constant = toScreamingSnakeCase(value);
    const earlier = seen.get(constant);
    if (earlier !== undefined) {
      report(
        `values[${index}]`,
        earlier === value
          ? `"${value}" is listed twice`
          : `"${value}" collides with "${earlier}" once both become the constant ${constant}; rename one`,
      );
      return undefined;
    }
    seen.set(constant, value);
  }
  if (
    field.default !== undefined &&
    (typeof field.default !== "string" || !values.includes(field.default))
  ) {
    report(
      "default",
      `the default ${JSON.stringify(field.default)} is not one of the values (${values.join(", ")})`,
    );
    return undefined;
  }
  return {
    ...common(field),
    type: "enum",
    values: [...values],
    default: field.default as string | undefined,
  };
}

const TYPE_CHECKERS: Record<FieldType, Checker> = {
  string: checkTextual("string", DEFAULT_STRING_MAX_LENGTH),
  text: checkTextual("text", undefined),
  email: checkTextual("email", EMAIL_MAX_LENGTH),
  integer: checkInteger,
  decimal: checkDecimal,
  boolean: checkBoolean,
  date: checkPatterned("date", isIsoDate, 'a date like "2024-01-31"'),
  datetime: checkPatterned(
    "datetime",
    isRfc3339DateTime,
    'an RFC 3339 date-time with an offset, like "2024-01-31T12:00:00Z"',
  ),
  uuid: checkPatterned("uuid", isUuid, "a UUID"),
  enum: checkEnum,
};
