/**
 * Parsing of the scalar values a spec may hold (defaults, minimums, maximums), with the same
 * strictness the generated services apply on the wire (docs/contract.md).
 */

export const INT32_MIN = -2147483648;
export const INT32_MAX = 2147483647;

export function isInt32(value: unknown): value is number {
  return (
    typeof value === "number" && Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX
  );
}

const DECIMAL_PATTERN = /^(-?)(\d+)(?:\.(\d+))?$/;

export interface DecimalParts {
  negative: boolean;
  integer: string;
  fraction: string;
}

/** Reads a decimal given as a string ("19.90") or a YAML number (19.9); undefined if it is not one. */
export function parseDecimal(value: string | number): DecimalParts | undefined {
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : value;
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) return undefined;
  const integer = (match[2] ?? "0").replace(/^0+(?=\d)/, "");
  return { negative: match[1] === "-", integer, fraction: match[3] ?? "" };
}

/** Whether the value fits NUMERIC(precision, scale): at most precision - scale integer digits. */
export function fitsDecimal(parts: DecimalParts, precision: number, scale: number): boolean {
  const fraction = parts.fraction.replace(/0+$/, "");
  const integerDigits = parts.integer === "0" ? 0 : parts.integer.length;
  return fraction.length <= scale && integerDigits <= precision - scale;
}

/** The canonical text of a decimal: exactly `scale` fractional digits, as the services print it. */
export function formatDecimal(parts: DecimalParts, scale: number): string {
  const fraction = parts.fraction.replace(/0+$/, "").padEnd(scale, "0");
  const isZero = /^0*$/.test(parts.integer) && /^0*$/.test(fraction);
  const sign = parts.negative && !isZero ? "-" : "";
  return scale > 0 ? `${sign}${parts.integer}.${fraction}` : `${sign}${parts.integer}`;
}

export function compareDecimals(a: DecimalParts, b: DecimalParts): number {
  const scale = Math.max(a.fraction.length, b.fraction.length);
  const toBigInt = (parts: DecimalParts): bigint => {
    const digits = BigInt(`${parts.integer}${parts.fraction.padEnd(scale, "0")}`);
    return parts.negative ? -digits : digits;
  };
  const difference = toBigInt(a) - toBigInt(b);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

/** `YYYY-MM-DD` naming a real calendar day. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** An RFC 3339 date-time that carries an offset (`Z` or `±hh:mm`). */
export function isRfc3339DateTime(value: string): boolean {
  const match =
    /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/.exec(
      value,
    );
  if (!match || !isIsoDate(match[1] ?? "")) return false;
  const [hours, minutes, seconds] = [Number(match[2]), Number(match[3]), Number(match[4])];
  const offsetHours = match[7] === undefined ? 0 : Number(match[7]);
  const offsetMinutes = match[8] === undefined ? 0 : Number(match[8]);
  return hours < 24 && minutes < 60 && seconds < 60 && offsetHours < 24 && offsetMinutes < 60;
}

export function isUuid(value: string): boolean {
  return /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(
    value,
  );
}

/** The WHATWG HTML "valid e-mail address" syntax, at most 254 characters (docs/contract.md). */
const EMAIL_PATTERN =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL_PATTERN.test(value);
}

/** Length in Unicode code points, as PostgreSQL counts it. */
export function countCodePoints(value: string): number {
  let count = 0;
  for (const _ of value) count += 1;
  return count;
}
