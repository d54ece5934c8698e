import { MicroforgeError } from "../errors.js";

/**
 * The `--resource` shorthand (docs/shorthand.md):
 *
 *   resource := Name ["/" Plural] ":" field {"," field}
 *   field    := name ":" type ["!"] {":" modifier}
 *   modifier := "required" | "unique" | key "=" value
 *   key      := default | min | max | maxLength | precision | scale | values
 *   values   := value {"|" value}
 *
 * `!` after the type means required. On string, text and email fields `max` means maxLength.
 * A value holding `,` `:` `|` or `"` is written in double quotes, with `\"` and `\\` inside.
 * The result is a raw spec object: the spec schema validates it like any other input.
 */

export interface RawField {
  name: string;
  type: string;
  [modifier: string]: unknown;
}

export interface RawResource {
  name: string;
  plural?: string;
  fields: RawField[];
}

const KEYED_MODIFIERS = ["default", "min", "max", "maxLength", "precision", "scale", "values"];
const FLAG_MODIFIERS = ["required", "unique"];
const TEXT_TYPES = new Set(["string", "text", "email"]);

export function parseResourceShorthand(text: string): RawResource {
  const fail = (message: string): never => {
    throw new MicroforgeError("SHORTHAND_INVALID", `--resource "${text}": ${message}`);
  };
  const [head, ...rest] = splitOutsideQuotes(text, ":", fail);
  const body = rest.join(":");
  if (head === undefined || head.trim() === "" || rest.length === 0 || body.trim() === "") {
    return fail('expected Name:field:type,..., e.g. "Product:name:string!,price:decimal"');
  }
  const [name, plural, ...extra] = head.split("/").map((part) => part.trim());
  if (extra.length > 0 || name === "" || plural === "") {
    return fail(`"${head}" is not Name or Name/Plural`);
  }
  const fields = splitOutsideQuotes(rest.join(":"), ",", fail).map((fieldText, index) =>
    parseFieldWith(fieldText, (message) => fail(`field ${index + 1} ("${fieldText}"): ${message}`)),
  );
  const resource: RawResource = { name: name ?? "", fields };
  if (plural !== undefined) resource.plural = plural;
  return resource;
}

/** One field in the shorthand, as `microforge add resource` takes them: `price:decimal:min=0`. */
export function parseFieldShorthand(text: string): RawField {
  return parseFieldWith(text, (message) => {
    throw new MicroforgeError("SHORTHAND_INVALID", `field "${text}": ${message}`);
  });
}

function parseFieldWith(text: string, fail: (message: string) => never): RawField {
  const parts = splitOutsideQuotes(text, ":", fail).map((part) => part.trim());
  const [name, typeToken = "", ...modifiers] = parts;
  const required = typeToken.endsWith("!");
  const type = (required ? typeToken.slice(0, -1) : typeToken).trim();
  if (!name || !type) return fail("expected name:type, e.g. price:decimal");
  const field: RawField = { name, type };
  if (required) field.required = true;
  for (const modifier of modifiers) {
    if (FLAG_MODIFIERS.includes(modifier)) {
      if (modifier in field) return fail(`"${modifier}" is given twice`);
      field[modifier] = true;
      continue;
    }
    const equals = modifier.indexOf("=");
    const key = (equals === -1 ? modifier : modifier.slice(0, equals)).trim();
    if (equals === -1 || !KEYED_MODIFIERS.includes(key)) {
      return fail(
        `unknown modifier "${modifier}"; use required, unique or ${KEYED_MODIFIERS.map((k) => `${k}=`).join(", ")}`,
      );
    }
    const targetKey = key === "max" && TEXT_TYPES.has(type) ? "maxLength" : key;
    if (targetKey in field) return fail(`"${key}" is given twice`);
    field[targetKey] = convertValue(targetKey, type, modifier.slice(equals + 1), fail);
  }
  return field;
}

function convertValue(
  key: string,
  type: string,
  text: string,
  fail: (message: string) => never,
): unknown {
  if (key === "values") {
    const values = splitOutsideQuotes(text, "|", fail).map((value) => unquote(value.trim(), fail));
    return values.includes("") ? fail('"values" needs a value between every "|"') : values;
  }
  const value = unquote(text.trim(), fail);
  if (value === "") return fail(`"${key}" needs a value`);
  const numeric =
    key === "maxLength" || key === "precision" || key === "scale" || type === "integer";
  if (numeric && /^-?\d+$/.test(value)) return Number(value);
  if (type === "boolean" && key === "default") {
    return value === "true" ? true : value === "false" ? false : value;
  }
  return value;
}

function unquote(text: string, fail: (message: string) => never): string {
  if (!text.startsWith('"')) return text;
  if (text.length < 2 || !text.endsWith('"')) return fail(`unterminated quote in ${text}`);
  return text.slice(1, -1).replace(/\\(["\\])/g, "$1");
}

/** Splits on a one-character separator that is not inside double quotes. */
function splitOutsideQuotes(
  text: string,
  separator: string,
  fail: (message: string) => never,
): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? "";
    if (quoted && char === "\\") {
      current += char + (text[index + 1] ?? "");
      index += 1;
    } else if (char === '"') {
      quoted = !quoted;
      current += char;
    } else if (char === separator && !quoted) {
      parts.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  if (quoted) return fail("a double quote is not closed");
  parts.push(current);
  return parts;
}
