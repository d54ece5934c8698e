import { describe, expect, it } from "vitest";
import { MicroforgeError } from "../../src/errors.js";
import {
  parseFieldShorthand,
  parseResourceShorthand,
  type RawField,
  type RawResource,
} from "../../src/spec/shorthand.js";

/** Runs a parse that must fail and returns what it threw. */
function thrownBy(parse: () => unknown): MicroforgeError {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(MicroforgeError);
    return error as MicroforgeError;
  }
  throw new Error("expected the shorthand to be rejected");
}

const MODIFIERS_HINT =
  "use required, unique or default=, min=, max=, maxLength=, precision=, scale=, values=";
const RESOURCE_HINT = 'expected Name:field:type,..., e.g. "Product:name:string!,price:decimal"';
const FIELD_HINT = "expected name:type, e.g. price:decimal";

const fieldRows: [title: string, input: string, expected: RawField][] = [
  ["a bare field", "name:string", { name: "name", type: "string" }],
  ["! after the type", "title:string!", { name: "title", type: "string", required: true }],
  [
    "the required modifier",
    "title:string:required",
    { name: "title", type: "string", required: true },
  ],
  ["the unique modifier", "sku:string:unique", { name: "sku", type: "string", unique: true }],
  [
    "! together with unique",
    "sku:string!:unique",
    { name: "sku", type: "string", required: true, unique: true },
  ],
  [
    "max= on a string becomes maxLength",
    "name:string:max=120",
    { name: "name", type: "string", maxLength: 120 },
  ],
  [
    "max= on text becomes maxLength",
    "bio:text:max=5000",
    { name: "bio", type: "text", maxLength: 5000 },
  ],
  [
    "max= on email becomes maxLength",
    "contact:email:max=254",
    { name: "contact", type: "email", maxLength: 254 },
  ],
  [
    "maxLength= as a number",
    "name:string:maxLength=80",
    { name: "name", type: "string", maxLength: 80 },
  ],
  [
    "min= and max= on an integer stay numbers",
    "age:integer:min=0:max=150",
    { name: "age", type: "integer", min: 0, max: 150 },
  ],
  [
    "a negative integer bound",
    "delta:integer:min=-10",
    { name: "delta", type: "integer", min: -10 },
  ],
  [
    "an integer default becomes a number",
    "quantity:integer:default=1",
    { name: "quantity", type: "integer", default: 1 },
  ],
  [
    "decimal bounds and default stay strings",
    "price:decimal:min=0:max=99.99:default=19.90",
    { name: "price", type: "decimal", min: "0", max: "99.99", default: "19.90" },
  ],
  [
    "a negative decimal default stays a string",
    "balance:decimal:default=-1.5",
    { name: "balance", type: "decimal", default: "-1.5" },
  ],
  [
    "precision= and scale= become numbers",
    "price:decimal:precision=10:scale=2",
    { name: "price", type: "decimal", precision: 10, scale: 2 },
  ],
  [
    "a boolean default true",
    "active:boolean:default=true",
    { name: "active", type: "boolean", default: true },
  ],
  [
    "a boolean default false",
    "archived:boolean:default=false",
    { name: "archived", type: "boolean", default: false },
  ],
  [
    "a boolean default that is not true or false stays a string",
    "archived:boolean:default=yes",
    { name: "archived", type: "boolean", default: "yes" },
  ],
  [
    "true on a string field stays a string",
    "word:string:default=true",
    { name: "word", type: "string", default: "true" },
  ],
  [
    "digits on a string field stay a string",
    "code:string:default=007",
    { name: "code", type: "string", default: "007" },
  ],
  [
    "a date default",
    "dueOn:date:default=2024-01-31",
    { name: "dueOn", type: "date", default: "2024-01-31" },
  ],
  [
    "enum values and a default",
    "status:enum:values=open|paid|shipped:default=open",
    { name: "status", type: "enum", values: ["open", "paid", "shipped"], default: "open" },
  ],
  [
    "enum values with spaces around them",
    "status:enum:values= open | paid ",
    { name: "status", type: "enum", values: ["open", "paid"] },
  ],
  [
    "a quoted enum value holding |",
    'status:enum:values="a|b"|c',
    { name: "status", type: "enum", values: ["a|b", "c"] },
  ],
  [
    "a quoted datetime default holding :",
    'createdOn:datetime:default="2024-01-01T00:00:00Z"',
    { name: "createdOn", type: "datetime", default: "2024-01-01T00:00:00Z" },
  ],
  [
    "a quoted default holding , : and |",
    'note:string:default="a,b:c|d"',
    { name: "note", type: "string", default: "a,b:c|d" },
  ],
  [
    "a quoted default with escaped quotes",
    'greeting:string:default="say \\"hi\\""',
    { name: "greeting", type: "string", default: 'say "hi"' },
  ],
  [
    "a quoted default with an escaped backslash",
    'folder:string:default="C:\\\\temp"',
    { name: "folder", type: "string", default: "C:\\temp" },
  ],
  [
    "whitespace around the parts",
    "  price : decimal! : unique :min=0  ",
    { name: "price", type: "decimal", required: true, unique: true, min: "0" },
  ],
  [
    "whitespace around a value",
    "name:string:default=  plain  ",
    { name: "name", type: "string", default: "plain" },
  ],
];

const resourceRows: [title: string, input: string, expected: RawResource][] = [
  [
    "one required field with max and one plain field",
    "Product:name:string!:max=120,price:decimal",
    {
      name: "Product",
      fields: [
        { name: "name", type: "string", required: true, maxLength: 120 },
        { name: "price", type: "decimal" },
      ],
    },
  ],
  [
    "Name/Plural",
    "Person/People:email:email!:unique,age:integer:min=0:max=150",
    {
      name: "Person",
      plural: "People",
      fields: [
        { name: "email", type: "email", required: true, unique: true },
        { name: "age", type: "integer", min: 0, max: 150 },
      ],
    },
  ],
  [
    "an enum and a required datetime",
    "Order:status:enum:values=open|paid|shipped:default=open,placedAt:datetime!",
    {
      name: "Order",
      fields: [
        { name: "status", type: "enum", values: ["open", "paid", "shipped"], default: "open" },
        { name: "placedAt", type: "datetime", required: true },
      ],
    },
  ],
  [
    "decimal precision and scale",
    "Product:price:decimal:min=0:precision=10:scale=2,tags:text",
    {
      name: "Product",
      fields: [
        { name: "price", type: "decimal", min: "0", precision: 10, scale: 2 },
        { name: "tags", type: "text" },
      ],
    },
  ],
  [
    "whitespace around the name, plural and fields",
    " Person / People : email:email , age:integer ",
    {
      name: "Person",
      plural: "People",
      fields: [
        { name: "email", type: "email" },
        { name: "age", type: "integer" },
      ],
    },
  ],
  [
    "a quoted datetime default among fields",
    'Event:title:string,startsAt:datetime:default="2024-01-01T00:00:00Z"',
    {
      name: "Event",
      fields: [
        { name: "title", type: "string" },
        { name: "startsAt", type: "datetime", default: "2024-01-01T00:00:00Z" },
      ],
    },
  ],
  [
    "a quoted comma that does not split fields",
    'Note:body:text:default="a, b",score:integer:default=3',
    {
      name: "Note",
      fields: [
        { name: "body", type: "text", default: "a, b" },
        { name: "score", type: "integer", default: 3 },
      ],
    },
  ],
];

const resourceErrors: [title: string, input: string, message: string][] = [
  ["no fields part", "Product", `--resource "Product": ${RESOURCE_HINT}`],
  ["an empty fields part", "Product:", `--resource "Product:": ${RESOURCE_HINT}`],
  ["a blank fields part", "Product:   ", `--resource "Product:   ": ${RESOURCE_HINT}`],
  ["an empty name", ":name:string", `--resource ":name:string": ${RESOURCE_HINT}`],
  ["a blank name", "  :name:string", `--resource "  :name:string": ${RESOURCE_HINT}`],
  [
    "an empty name before the plural",
    "/People:name:string",
    '--resource "/People:name:string": "/People" is not Name or Name/Plural',
  ],
  [
    "an empty plural",
    "Person/:name:string",
    '--resource "Person/:name:string": "Person/" is not Name or Name/Plural',
  ],
  [
    "A/B/C",
    "A/B/C:name:string",
    '--resource "A/B/C:name:string": "A/B/C" is not Name or Name/Plural',
  ],
  [
    "a field without a type",
    "Product:name",
    `--resource "Product:name": field 1 ("name"): ${FIELD_HINT}`,
  ],
  [
    "a second field without a type",
    "Product:name:string,price",
    `--resource "Product:name:string,price": field 2 ("price"): ${FIELD_HINT}`,
  ],
  [
    "an empty field after a comma",
    "Product:name:string,",
    `--resource "Product:name:string,": field 2 (""): ${FIELD_HINT}`,
  ],
  [
    "an unknown modifier",
    "Product:name:string:cheap",
    `--resource "Product:name:string:cheap": field 1 ("name:string:cheap"): unknown modifier "cheap"; ${MODIFIERS_HINT}`,
  ],
  [
    "an unterminated quote",
    'Product:name:string:default="abc',
    '--resource "Product:name:string:default="abc": a double quote is not closed',
  ],
];

const fieldErrors: [title: string, input: string, message: string][] = [
  ["a name without a type", "price", `field "price": ${FIELD_HINT}`],
  ["an empty name", ":decimal", `field ":decimal": ${FIELD_HINT}`],
  ["an empty type", "price:", `field "price:": ${FIELD_HINT}`],
  ["a blank type", "price:  :min=0", `field "price:  :min=0": ${FIELD_HINT}`],
  [
    "an unknown flag modifier",
    "price:decimal:cheap",
    `field "price:decimal:cheap": unknown modifier "cheap"; ${MODIFIERS_HINT}`,
  ],
  [
    "an unknown keyed modifier",
    "price:decimal:currency=EUR",
    `field "price:decimal:currency=EUR": unknown modifier "currency=EUR"; ${MODIFIERS_HINT}`,
  ],
  [
    "a modifier in the wrong case",
    "name:string:Required",
    `field "name:string:Required": unknown modifier "Required"; ${MODIFIERS_HINT}`,
  ],
  [
    "a keyed modifier without =",
    "name:string:default",
    `field "name:string:default": unknown modifier "default"; ${MODIFIERS_HINT}`,
  ],
  [
    "min given twice",
    "age:integer:min=1:min=2",
    `field "age:integer:min=1:min=2": "min" is given twice`,
  ],
  [
    "default given twice",
    "name:string:default=x:default=y",
    `field "name:string:default=x:default=y": "default" is given twice`,
  ],
  [
    "max and maxLength on a string",
    "name:string:max=10:maxLength=20",
    `field "name:string:max=10:maxLength=20": "maxLength" is given twice`,
  ],
  [
    "an unterminated quote",
    'name:string:default="abc',
    `field "name:string:default="abc": a double quote is not closed`,
  ],
  [
    "text after a closing quote",
    'name:string:default="abc"def',
    `field "name:string:default="abc"def": unterminated quote in "abc"def`,
  ],
  [
    "an unterminated quote in values",
    'status:enum:values=a|"b',
    `field "status:enum:values=a|"b": a double quote is not closed`,
  ],
  [
    "an empty default",
    "name:string:default=",
    `field "name:string:default=": "default" needs a value`,
  ],
  [
    "a blank default",
    "name:string:default=   ",
    `field "name:string:default=   ": "default" needs a value`,
  ],
  [
    "an empty quoted default",
    'name:string:default=""',
    `field "name:string:default=""": "default" needs a value`,
  ],
  ["an empty min", "age:integer:min=", `field "age:integer:min=": "min" needs a value`],
  ["a type that is only !", "a:!", `field "a:!": ${FIELD_HINT}`],
  [
    "required given twice",
    "a:string!:required",
    `field "a:string!:required": "required" is given twice`,
  ],
  [
    "unique given twice",
    "a:string:unique:unique",
    `field "a:string:unique:unique": "unique" is given twice`,
  ],
  [
    "empty values",
    "s:enum:values=",
    `field "s:enum:values=": "values" needs a value between every "|"`,
  ],
  [
    "an empty value between bars",
    "s:enum:values=a||b",
    `field "s:enum:values=a||b": "values" needs a value between every "|"`,
  ],
  [
    "an empty maxLength",
    "name:string:maxLength=",
    `field "name:string:maxLength=": "maxLength" needs a value`,
  ],
];

describe("parseFieldShorthand", () => {
  it("allows spaces around =", () => {
    expect(parseFieldShorthand("a:string:default = x")).toStrictEqual({
      name: "a",
      type: "string",
      default: "x",
    });
  });

  it.each(fieldRows)("parses %s", (_title, input, expected) => {
    expect(parseFieldShorthand(input)).toStrictEqual(expected);
  });

  it.each(fieldErrors)("rejects %s", (_title, input, message) => {
    const error = thrownBy(() => parseFieldShorthand(input));
    expect(error.message).toBe(message);
    expect(error.code).toBe("SHORTHAND_INVALID");
  });
});

describe("parseResourceShorthand", () => {
  it.each(resourceRows)("parses %s", (_title, input, expected) => {
    expect(parseResourceShorthand(input)).toStrictEqual(expected);
  });

  it("parses every field form the way parseFieldShorthand does", () => {
    for (const [, input, expected] of fieldRows) {
      if (/[,"]/.test(input)) continue;
      expect(parseResourceShorthand(`Thing:${input}`).fields).toStrictEqual([expected]);
    }
  });

  it.each(resourceErrors)("rejects %s", (_title, input, message) => {
    const error = thrownBy(() => parseResourceShorthand(input));
    expect(error.message).toBe(message);
    expect(error.code).toBe("SHORTHAND_INVALID");
  });
});

describe("the shorthand tables", () => {
  it("have at least 30 rows", () => {
    const rows =
      fieldRows.length + resourceRows.length + fieldErrors.length + resourceErrors.length;
    expect(rows).toBeGreaterThanOrEqual(30);
  });
});
