import {
  DEFAULT_DECIMAL_PRECISION,
  DEFAULT_DECIMAL_SCALE,
  type Field,
  type ParsedField,
} from "./schema.js";
import {
  compareDecimals,
  type DecimalParts,
  fitsDecimal,
  formatDecimal,
  INT32_MAX,
  INT32_MIN,
  isInt32,
  parseDecimal,
} from "./values.js";

/** The integer and decimal field checks, and what every type's check shares. */

/** Reports a problem under the field's path, e.g. report("min", "...") → fields[2].min. */
export type Report = (key: string, message: string) => void;
export type Checker = (field: ParsedField, report: Report) => Field | undefined;

export const common = (field: ParsedField) => ({
  name: field.name,
  required: field.required,
  unique: field.unique,
});

/** 32-bit integers, with min ≤ default ≤ max. */
export function checkInteger(field: ParsedField, report: Report): Field | undefined {
  const bounds: Record<"min" | "max" | "default", number | undefined> = {
    min: undefined,
    max: undefined,
    default: undefined,
  };
  let valid = true;
  for (const key of ["min", "max", "default"] as const) {
    const value = field[key];
    if (value === undefined) continue;
    if (!isInt32(value)) {
      report(
        key,
        `${key} must be a 32-bit integer (${INT32_MIN} to ${INT32_MAX}), not ${JSON.stringify(value)}`,
      );
      valid = false;
    } else {
      bounds[key] = value;
    }
  }
  if (!valid) return undefined;
  const { min, max } = bounds;
  if (min !== undefined && max !== undefined && min > max) {
    report("min", `min (${min}) is greater than max (${max})`);
    return undefined;
  }
  const value = bounds.default;
  if (
    value !== undefined &&
    ((min !== undefined && value < min) || (max !== undefined && value > max))
  ) {
    report("default", `the default (${value}) is outside min and max`);
    return undefined;
  }
  return { ...common(field), type: "integer", min, max, default: value };
}

/** Decimals within precision and scale, with min ≤ default ≤ max, written back canonically. */
export function checkDecimal(field: ParsedField, report: Report): Field | undefined {
  const precision = field.precision ?? DEFAULT_DECIMAL_PRECISION;
  const scale = field.scale ?? DEFAULT_DECIMAL_SCALE;
  if (precision < 1 || precision > 1000) {
    report("precision", `precision must be between 1 and 1000, not ${precision}`);
    return undefined;
  }
  if (scale < 0 || scale > precision) {
    report("scale", `scale (${scale}) must be between 0 and precision (${precision})`);
    return undefined;
  }
  const parsed: Partial<Record<"min" | "max" | "default", DecimalParts>> = {};
  for (const key of ["min", "max", "default"] as const) {
    const value = field[key];
    if (value === undefined) continue;
    const parts = typeof value === "boolean" ? undefined : parseDecimal(value);
    if (!parts) {
      report(key, `${key} ${JSON.stringify(value)} is not a decimal number; write it like "19.90"`);
      return undefined;
    }
    if (!fitsDecimal(parts, precision, scale)) {
      report(
        key,
        `${key} ${JSON.stringify(value)} does not fit precision ${precision} and scale ${scale}`,
      );
      return undefined;
    }
    parsed[key] = parts;
  }
  if (parsed.min && parsed.max && compareDecimals(parsed.min, parsed.max) > 0) {
    report("min", `min (${field.min}) is greater than max (${field.max})`);
    return undefined;
  }
  const value = parsed.default;
  if (
    value &&
    ((parsed.min && compareDecimals(value, parsed.min) < 0) ||
      (parsed.max && compareDecimals(value, parsed.max) > 0))
  ) {
    report("default", `the default (${field.default}) is outside min and max`);
    return undefined;
  }
  const format = (parts: DecimalParts | undefined) =>
    parts ? formatDecimal(parts, scale) : undefined;
  return {
    ...common(field),
    type: "decimal",
    precision,
    scale,
    min: format(parsed.min),
    max: format(parsed.max),
    default: format(parsed.default),
  };
}
