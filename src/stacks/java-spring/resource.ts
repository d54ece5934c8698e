import type { ResourceModel } from "../../engine/model.js";
import { toJavaIdentifier, toJavaSubpackage } from "../../naming/index.js";
import { describeJavaResourceCode, describeSortable, type JavaResourceCode } from "./code.js";
import type { JavaField } from "./fields.js";

/** What the Java templates print for a resource: its package, migration, enums and imports. */
export interface JavaResource {
  /** The resource's package under the service's, e.g. `orderitem`. */
  subpackage: string;
  /** A local variable holding one item, e.g. `orderItem` (`clazz` for `Class`). */
  variable: string;
  /** The table's `CONSTRAINT ...` lines of the migration. */
  constraints: string[];
  enums: { type: string; values: { constant: string; value: string }[] }[];
  /** Each sortable JSON name and its entity attribute, e.g. `class` → `clazz`. */
  sortable: { name: string; attribute: string }[];
  /** Code laid out as google-java-format lays it out. */
  code: JavaResourceCode;
  /** Single-type imports of each file, sorted as google-java-format sorts them. */
  imports: {
    entity: string[];
    request: string[];
    response: string[];
    controller: string[];
    serviceTest: string[];
    apiTest: string[];
  };
}

const JAVA_TYPES: Record<string, string> = {
  BigDecimal: "java.math.BigDecimal",
  Instant: "java.time.Instant",
  LocalDate: "java.time.LocalDate",
  UUID: "java.util.UUID",
};

export function describeJavaResource(resource: ResourceModel, basePackage: string): JavaResource {
  const fields = resource.fields.map((field) => field.stack as unknown as JavaField);
  const types = new Set(fields.map((field) => field.type));
  const has = (type: string) => resource.fields.some((field) => field.type === type);
  const renamed = fields.some((field) => field.jsonProperty !== undefined);
  const defaulted = fields.some((field) => field.defaultValue !== undefined);
  const valueTypes = (always: string[]) =>
    [...new Set([...always, ...types])].flatMap((type) => JAVA_TYPES[type] ?? []);
  const common = (name: string) => `${basePackage}.common.${name}`;
  const constraintNames = new Set(
    fields.flatMap((field) => field.constraints.map((text) => /^@(\w+)/.exec(text)?.[1] ?? "")),
  );
  const usesWire = (texts: string[]) => texts.some((text) => /\bWire\b/.test(text));
  const requestCode = fields.flatMap((field) => [...field.constraints, field.schema ?? ""]);
  const controllerCode = fields.flatMap((field) => [field.parse, field.querySchema]);
  const fresh = resource.fields.some((field, index) => field.unique && fields[index]?.freshSample);
  return {
    subpackage: toJavaSubpackage(resource.name),
    variable: toJavaIdentifier(resource.singular.camel),
    constraints: describeConstraints(resource, fields),
    enums: resource.fields.flatMap((field, index) => {
      const type = fields[index]?.enumType;
      return type ? [{ type, values: field.values }] : [];
    }),
    sortable: describeSortable(resource).map(([name, attribute]) => ({ name, attribute })),
    code: describeJavaResourceCode(resource, fields),
    imports: {
      entity: sortImports([
        ...(fields.some((field) => field.convert) ? ["jakarta.persistence.Convert"] : []),
        "jakarta.persistence.Column",
        "jakarta.persistence.Entity",
        "jakarta.persistence.GeneratedValue",
        "jakarta.persistence.Id",
        "jakarta.persistence.Table",
        ...(has("decimal") ? [common("Wire")] : []),
        ...valueTypes(["Instant", "UUID"]),
        "org.hibernate.annotations.UuidGenerator",
      ]),
      request: sortImports([
        "com.fasterxml.jackson.annotation.JsonIgnoreProperties",
        ...(renamed ? ["com.fasterxml.jackson.annotation.JsonProperty"] : []),
        ...(defaulted ? [common("Defaulted"), "java.util.Objects"] : []),
        ...(constraintNames.has("ValidText") ? [common("ValidText")] : []),
        ...(usesWire(requestCode) ? [common("Wire")] : []),
        ...(has("decimal") ? ["io.swagger.v3.oas.annotations.media.Schema"] : []),
        ...["DecimalMax", "DecimalMin", "Digits", "Max", "Min", "NotNull", "Pattern"]
          .filter((name) => constraintNames.has(name))
          .map((name) => `jakarta.validation.constraints.${name}`),
        ...valueTypes([]),
      ]),
      response: sortImports([
        ...(renamed ? ["com.fasterxml.jackson.annotation.JsonProperty"] : []),
        ...(has("decimal") ? [common("Wire"), "io.swagger.v3.oas.annotations.media.Schema"] : []),
        ...valueTypes(["Instant", "UUID"]),
      ]),
      controller: sortImports([
        common("ListRequest"),
        common("MergePatch"),
        common("PageResponse"),
        ...(usesWire(controllerCode) ? [common("Wire")] : []),
        "io.swagger.v3.oas.annotations.Operation",
        "io.swagger.v3.oas.annotations.Parameter",
        "io.swagger.v3.oas.annotations.Parameters",
        "io.swagger.v3.oas.annotations.enums.ParameterIn",
        "io.swagger.v3.oas.annotations.media.Schema",
        "io.swagger.v3.oas.annotations.responses.ApiResponse",
        "io.swagger.v3.oas.annotations.tags.Tag",
        "jakarta.validation.Valid",
        "java.net.URI",
        "java.util.Map",
        "java.util.UUID",
        ...(fields.some((field) => field.parse.startsWith("Function."))
          ? ["java.util.function.Function"]
          : []),
        "org.springframework.http.HttpStatus",
        "org.springframework.http.MediaType",
        "org.springframework.http.ResponseEntity",
        "org.springframework.util.MultiValueMap",
        "org.springframework.web.bind.annotation.DeleteMapping",
        "org.springframework.web.bind.annotation.GetMapping",
        "org.springframework.web.bind.annotation.PatchMapping",
        "org.springframework.web.bind.annotation.PathVariable",
        "org.springframework.web.bind.annotation.PostMapping",
        "org.springframework.web.bind.annotation.PutMapping",
        "org.springframework.web.bind.annotation.RequestBody",
        "org.springframework.web.bind.annotation.RequestMapping",
        "org.springframework.web.bind.annotation.RequestParam",
        "org.springframework.web.bind.annotation.ResponseStatus",
        "org.springframework.web.bind.annotation.RestController",
      ]),
      serviceTest: sortImports([
        common("NotFoundException"),
        ...valueTypes(["Instant", "UUID"]),
        "java.time.Clock",
        "java.time.ZoneOffset",
        "java.util.Optional",
        "org.junit.jupiter.api.BeforeEach",
        "org.junit.jupiter.api.Test",
        "org.junit.jupiter.api.extension.ExtendWith",
        "org.mockito.Mock",
        "org.mockito.junit.jupiter.MockitoExtension",
      ]),
      apiTest: sortImports([
        `${basePackage}.IntegrationTest`,
        "java.util.Map",
        ...(fresh ? ["java.util.UUID"] : []),
        "org.junit.jupiter.api.Test",
        "org.springframework.http.HttpStatus",
        "org.springframework.http.MediaType",
        "org.springframework.test.web.servlet.assertj.MvcTestResult",
      ]),
    },
  };
}

function describeConstraints(resource: ResourceModel, fields: JavaField[]): string[] {
  const constraints = [`CONSTRAINT pk_${resource.tableName} PRIMARY KEY (id)`];
  resource.fields.forEach((field, index) => {
    const facts = fields[index];
    if (field.unique && facts) {
      constraints.push(`CONSTRAINT ${facts.uniqueConstraint} UNIQUE (${field.column})`);
    }
  });
  for (const facts of fields) {
    if (facts.checkCondition) {
      constraints.push(`CONSTRAINT ${facts.checkConstraint} CHECK (${facts.checkCondition})`);
    }
  }
  return constraints;
}

/** google-java-format's order: one block, sorted lexicographically. */
export function sortImports(imports: readonly string[]): string[] {
  return [...new Set(imports)].sort();
}
