import type { ResourceModel } from "../../engine/model.js";
import { toJavaIdentifier } from "../../naming/index.js";
import type { JavaField } from "./fields.js";
import { formatAnnotated, formatList, type ListItem } from "./java-format.js";

/**
 * The parts of a resource's Java files whose layout depends on its names and fields, laid out
 * here as google-java-format would, so `./mvnw spotless:check` passes on what is generated.
 */
export interface JavaResourceCode {
  requestRecord: string;
  responseRecord: string;
  requestFrom: string;
  responseFrom: string;
  sortable: string;
  queryParameters: string;
  createSignature: string;
  replaceSignature: string;
  patchSignature: string;
  /** ServiceTest's request(), ApiTest's sample() and the e2e test's body. */
  typedSample: string;
  sampleBody: string;
  e2eBody: string;
}

export function describeJavaResourceCode(
  resource: ResourceModel,
  fields: readonly JavaField[],
): JavaResourceCode {
  const entity = resource.identifier;
  const one = toJavaIdentifier(resource.singular.camel);
  const annotations = (field: JavaField, withConstraints: boolean) => [
    ...(field.jsonProperty ? [field.jsonProperty] : []),
    ...(withConstraints ? field.constraints : []),
    ...(field.schema ? [field.schema] : []),
  ];
  const components = (withConstraints: boolean): ListItem[] =>
    resource.fields.map((field, index) => {
      const java = fields[index] as JavaField;
      return {
        annotations: annotations(java, withConstraints),
        text: `${java.type} ${field.identifier}`,
      };
    });
  const getters = (names: string[]) => names.map((name) => ({ text: `${one}.${name}()` }));
  const fieldGetters = fields.map((field) => field.getter);
  const wireSample = (index: number) => {
    const field = resource.fields[index];
    const java = fields[index] as JavaField;
    return field?.unique && java.freshSample ? java.freshSample : java.samples[0];
  };
  const entries = resource.fields.map((field, index) => ({
    text: `entry("${field.name}", ${wireSample(index)})`,
  }));
  const body = (prefix: string) => `${prefix}@Valid @RequestBody ${entity}Request request`;
  return {
    requestRecord: formatList(0, `public record ${entity}Request(`, components(true), ") {"),
    responseRecord: formatList(
      0,
      `public record ${entity}Response(`,
      [
        { text: "UUID id" },
        ...components(false),
        { text: "Instant createdAt" },
        { text: "Instant updatedAt" },
      ],
      ") {",
    ),
    requestFrom: formatList(4, `return new ${entity}Request(`, getters(fieldGetters), ");"),
    responseFrom: formatList(
      4,
      `return new ${entity}Response(`,
      getters(["getId", ...fieldGetters, "getCreatedAt", "getUpdatedAt"]),
      ");",
    ),
    sortable: formatList(
      6,
      "Map.ofEntries(",
      describeSortable(resource).map(([name, attribute]) => ({
        text: `Map.entry("${name}", "${attribute}")`,
      })),
      ");",
    ),
    queryParameters: [
      ["limit", '@Schema(type = "integer", minimum = "1", defaultValue = "20")'],
      ["offset", '@Schema(type = "integer", minimum = "0", defaultValue = "0")'],
      ["sort", '@Schema(type = "string")'],
      ...resource.fields.map((field, index) => [field.name, fields[index]?.querySchema ?? ""]),
    ]
      .map(([name, schema], index, all) =>
        formatAnnotationCall(
          4,
          "@Parameter",
          [`name = "${name}"`, "in = ParameterIn.QUERY", `schema = ${schema}`],
          index === all.length - 1 ? "" : ",",
        ),
      )
      .join("\n"),
    createSignature: formatList(
      2,
      `public ResponseEntity<${entity}Response> create(`,
      [{ text: body("") }],
      ") {",
    ),
    replaceSignature: formatList(
      2,
      `public ${entity}Response replace(`,
      [{ text: "@PathVariable UUID id" }, { text: body("") }],
      ") {",
    ),
    patchSignature: formatList(
      2,
      `public ${entity}Response patch(`,
      [{ text: "@PathVariable UUID id" }, { text: "@RequestBody Map<String, Object> patch" }],
      ") {",
    ),
    typedSample: formatList(
      4,
      `return new ${entity}Request(`,
      fields.map((field) => ({ text: field.typedSample })),
      ");",
    ),
    sampleBody: formatList(4, "return Map.ofEntries(", entries, ");"),
    e2eBody: formatList(8, "Map.ofEntries(", entries, ");"),
  };
}

/** Each sortable JSON name and the entity attribute it sorts by. */
export function describeSortable(resource: ResourceModel): [string, string][] {
  return [
    ["id", "id"],
    ["createdAt", "createdAt"],
    ["updatedAt", "updatedAt"],
    ...resource.fields.map((field): [string, string] => [field.name, field.identifier]),
  ];
}

/** An annotation with element-value pairs: on one line when it fits, else one pair per line. */
function formatAnnotationCall(
  indent: number,
  name: string,
  pairs: readonly string[],
  suffix: string,
): string {
  const line = `${name}(${pairs.join(", ")})`;
  if (indent + line.length + suffix.length <= 100) return formatAnnotated(indent, [], line, suffix);
  const inner = " ".repeat(indent + 4);
  return `${" ".repeat(indent)}${name}(\n${pairs.map((pair) => `${inner}${pair}`).join(",\n")})${suffix}`;
}
