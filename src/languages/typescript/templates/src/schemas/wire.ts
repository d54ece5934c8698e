/** Wire types: the contract's rules for each field type, shared by every resource's schemas. */
import { z } from "zod";

export const EMAIL_MAX_LENGTH = 254;
/** The WHATWG HTML "valid e-mail address" syntax. */
const EMAIL_PATTERN =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
const DECIMAL_PATTERN = /^-?\d+(?:\.\d+)?$/;
const INTEGER_PATTERN = /^-?\d+$/;

/** Lengths count Unicode code points, as PostgreSQL does, not UTF-16 code units. */
function countCodePoints(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

/** A string without U+0000 (PostgreSQL cannot store it), at most `maxLength` code points long. */
export function text(options: { maxLength?: number } = {}) {
  const { maxLength } = options;
  return z
    .string()
    .refine((value) => !value.includes("\u0000"), { error: "must not contain U+0000" })
    .refine((value) => maxLength === undefined || countCodePoints(value) <= maxLength, {
      error: `must be at most ${maxLength} characters long`,
    })
    .meta(maxLength === undefined ? {} : { maxLength });
}

export function email(options: { maxLength?: number } = {}) {
  const maxLength = options.maxLength ?? EMAIL_MAX_LENGTH;
  return z
    .string()
    .max(maxLength, { error: `must be at most ${maxLength} characters long` })
    .regex(EMAIL_PATTERN, { error: "must be a valid e-mail address" })
    .meta({ format: "email" });
}

/** A 32-bit signed integer; JSON strings and fractions are refused (`7.0` is 7 in JSON). */
export function int32(options: { min?: number; max?: number } = {}) {
  return z.int32().check(...describeBounds(options.min, options.max));
}

function describeBounds(min: number | undefined, max: number | undefined) {
  return [
    ...(min === undefined ? [] : [z.gte(min, { error: `must be at least ${min}` })]),
    ...(max === undefined ? [] : [z.lte(max, { error: `must be at most ${max}` })]),
  ];
}

interface DecimalOptions {
  precision: number;
  scale: number;
  min?: string;
  max?: string;
}

/**
 * A decimal as a JSON string (`"19.90"`), checked against precision, scale and range. JSON
 * numbers are refused so that no parser on the way can round the value.
 */
export function decimal({ precision, scale, min, max }: DecimalOptions) {
  return z
    .string({ error: 'must be a decimal number written as a string, e.g. "19.90"' })
    .superRefine((value, context) => {
      const problem = checkDecimal(value, { precision, scale, min, max });
      if (problem !== undefined) context.addIssue({ code: "custom", message: problem });
    })
    .meta({
      pattern: describeDecimalPattern(scale),
      description: `A decimal with ${precision} digits, ${scale} after the point`,
    });
}

/** What is wrong with a decimal string, or undefined when nothing is. */
export function checkDecimal(value: string, options: DecimalOptions): string | undefined {
  if (!DECIMAL_PATTERN.test(value)) {
    return 'must be a decimal number written as a string, e.g. "19.90"';
  }
  const [whole = "", fraction = ""] = value.replace("-", "").split(".");
  if (fraction.length > options.scale) {
    return `must have at most ${options.scale} fractional digits`;
  }
  const integerDigits = options.precision - options.scale;
  if (whole.replace(/^0+/, "").length > integerDigits) {
    return `must have at most ${integerDigits} integer digits`;
  }
  if (options.min !== undefined && compareDecimals(value, options.min) < 0) {
    return `must be at least ${options.min}`;
  }
  if (options.max !== undefined && compareDecimals(value, options.max) > 0) {
    return `must be at most ${options.max}`;
  }
  return undefined;
}

/** Compares two decimal strings exactly, without going through binary floating point. */
export function compareDecimals(left: string, right: string): number {
  const scale = Math.max(fractionLength(left), fractionLength(right));
  const difference = toScaledInteger(left, scale) - toScaledInteger(right, scale);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

function fractionLength(value: string): number {
  return value.split(".")[1]?.length ?? 0;
}

function toScaledInteger(value: string, scale: number): bigint {
  const [whole = "0", fraction = ""] = value.split(".");
  const negative = whole.startsWith("-");
  const digits = BigInt(`${whole.replace("-", "")}${fraction.padEnd(scale, "0")}`);
  return negative ? -digits : digits;
}

function describeDecimalPattern(scale: number): string {
  return scale === 0 ? "^-?\\d+$" : `^-?\\d+(\\.\\d{1,${scale}})?$`;
}

/** A decimal as the API returns it: a string with exactly the field's scale. */
export function decimalResponse(scale: number) {
  return z.string().meta({ pattern: scale === 0 ? "^-?\\d+$" : `^-?\\d+\\.\\d{${scale}}$` });
}

/** A calendar day, strictly `YYYY-MM-DD`. */
export function day() {
  return z.iso.date({ error: "must be a date as YYYY-MM-DD" });
}

/**
 * An instant with an offset (`Z` or `±hh:mm`), as a Date in UTC truncated to milliseconds, so
 * it reads back exactly as the API shows it.
 */
export function instant() {
  return z.iso
    .datetime({
      offset: true,
      error: "must be a date-time with an offset, e.g. 2024-05-01T12:00:00Z",
    })
    .transform((value) => new Date(value));
}

/** A UUID in any case, as PostgreSQL reads it; stored and returned in lower case. */
export function uuid() {
  return z.guid({ error: "must be a UUID" }).transform((value) => value.toLowerCase());
}

/** Query parameters arrive as strings: exactly `true` or `false`. */
export function booleanFilter() {
  return z
    .enum(["true", "false"], { error: "must be true or false" })
    .transform((value) => value === "true");
}

/** A 32-bit integer query parameter. */
export function int32Filter() {
  return z
    .string()
    .regex(INTEGER_PATTERN, { error: "must be an integer" })
    .transform(Number)
    .pipe(z.int32({ error: "must be a 32-bit integer" }));
}

/** A decimal query parameter, compared by numeric value (`19.9` matches `"19.90"`). */
export function decimalFilter() {
  return z.string().regex(DECIMAL_PATTERN, { error: "must be a decimal number" });
}
