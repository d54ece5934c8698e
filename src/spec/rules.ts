import type { SpecIssue } from "../errors.js";
import { deriveResourceNames, toKebabCase, toPascalCase, toSnakeCase } from "../naming/index.js";
import type { StackDescriptor, StackRegistry } from "../stacks/types.js";
import { checkField, checkFieldName } from "./field-rules.js";
import {
  CI_TARGETS,
  DEPLOY_TARGETS,
  type Field,
  type ParsedSpec,
  type Resource,
  type Spec,
} from "./schema.js";
import { joinWords, suggestClosest } from "./suggest.js";

const SERVICE_NAME_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const MAX_SERVICE_NAME_LENGTH = 63;
const RESOURCE_NAME_PATTERN = /^[A-Z][A-Za-z0-9]*$/;
const API_VERSION_PATTERN = /^v[1-9][0-9]*$/;

/**
 * Everything the zod shapes cannot say: names, per-type modifiers, collisions, and what the
 * chosen stack supports. Returns the normalised spec, or the issues found (all of them).
 */
export function checkSpecRules(
  parsed: ParsedSpec,
  registry: StackRegistry,
): { spec: Spec; issues: [] } | { spec: undefined; issues: SpecIssue[] } {
  const issues: SpecIssue[] = [];
  const report = (path: string, message: string) => issues.push({ path, message });

  checkServiceName(parsed.name, report);
  const stack = findStack(parsed.stack, registry, report);
  if (!API_VERSION_PATTERN.test(parsed.apiVersion)) {
    report(
      "apiVersion",
      `"${parsed.apiVersion}" is not an API version; use "v" and a number, e.g. "v1"`,
    );
  }
  if (parsed.port !== undefined && (parsed.port < 1 || parsed.port > 65535)) {
    report("port", `port ${parsed.port} is out of range; use 1 to 65535`);
  }
  checkUnique("features.ci", parsed.features.ci, report);
  checkUnique("features.deploy", parsed.features.deploy, report);
  if (stack) checkCapabilities(parsed, stack, report);

  const resources = parsed.resources.map((resource, index) =>
    checkResource(resource, `resources[${index}]`, parsed.apiVersion, report),
  );
  checkResourceCollisions(parsed, report);
  const schemaHistory = parsed.schemaHistory?.map((version, number) =>
    version.map((resource, index) =>
      checkResource(resource, `schemaHistory[${number}][${index}]`, parsed.apiVersion, report),
    ),
  );

  if (issues.length > 0 || !stack) return { spec: undefined, issues };
  return {
    spec: {
      name: parsed.name,
      stack: parsed.stack,
      database: parsed.database,
      auth: parsed.auth,
      apiVersion: parsed.apiVersion,
      port: parsed.port ?? stack.defaultPort,
      features: {
        metrics: parsed.features.metrics,
        tracing: parsed.features.tracing,
        ci: CI_TARGETS.filter((target) => parsed.features.ci.includes(target)),
        deploy: DEPLOY_TARGETS.filter((target) => parsed.features.deploy.includes(target)),
        coverage: parsed.features.coverage,
      },
      resources: resources as Resource[],
      ...(schemaHistory?.length ? { schemaHistory: schemaHistory as Resource[][] } : {}),
    },
    issues: [],
  };
}

type Report = (path: string, message: string) => void;

function checkServiceName(name: string, report: Report): void {
  if (!SERVICE_NAME_PATTERN.test(name)) {
    const suggestion = toKebabCase(name);
    const hint = SERVICE_NAME_PATTERN.test(suggestion) ? `, e.g. "${suggestion}"` : "";
    report(
      "name",
      `"${name}" is not a kebab-case service name; use lower-case letters, digits and single hyphens, starting with a letter${hint}`,
    );
  } else if (name.length > MAX_SERVICE_NAME_LENGTH) {
    report(
      "name",
      `"${name}" is longer than ${MAX_SERVICE_NAME_LENGTH} characters (a Kubernetes name limit); shorten it`,
    );
  }
}

function findStack(
  id: string,
  registry: StackRegistry,
  report: Report,
): StackDescriptor | undefined {
  const stack = registry.find((candidate) => candidate.id === id);
  if (stack) return stack;
  const ids = registry.map((candidate) => candidate.id);
  const guess = suggestClosest(id, ids);
  const available = ids.length > 0 ? `available: ${ids.join(", ")}` : "no stack is available yet";
  report(
    "stack",
    `unknown stack "${id}"; ${available}${guess ? ` (did you mean "${guess}"?)` : ""}`,
  );
  return undefined;
}

function checkUnique(path: string, values: readonly string[], report: Report): void {
  values.forEach((value, index) => {
    if (values.indexOf(value) !== index) report(`${path}[${index}]`, `"${value}" is listed twice`);
  });
}

function checkCapabilities(parsed: ParsedSpec, stack: StackDescriptor, report: Report): void {
  const { supports } = stack;
  if (!supports.auth.includes(parsed.auth)) {
    report(
      "auth",
      `stack "${stack.id}" does not support auth "${parsed.auth}"; it supports ${joinWords(supports.auth, "or")}`,
    );
  }
  for (const [key, allowed] of [
    ["ci", supports.ci],
    ["deploy", supports.deploy],
  ] as const) {
    parsed.features[key].forEach((target, index) => {
      if (!(allowed as readonly string[]).includes(target)) {
        report(
          `features.${key}[${index}]`,
          `stack "${stack.id}" does not support ${key} target "${target}"`,
        );
      }
    });
  }
  for (const key of ["metrics", "tracing"] as const) {
    if (parsed.features[key] && !supports[key]) {
      report(`features.${key}`, `stack "${stack.id}" does not support ${key} yet; set it to false`);
    }
  }
}

function checkResource(
  resource: ParsedSpec["resources"][number],
  path: string,
  apiVersion: string,
  report: Report,
): Resource | undefined {
  let failures = 0;
  const fail = (key: string, message: string) => {
    report(`${path}.${key}`, message);
    failures += 1;
  };
  for (const key of ["name", "plural"] as const) {
    const value = resource[key];
    if (value !== undefined && !RESOURCE_NAME_PATTERN.test(value)) {
      const suggestion = toPascalCase(value);
      const hint = RESOURCE_NAME_PATTERN.test(suggestion) ? `, e.g. "${suggestion}"` : "";
      fail(key, `"${value}" is not a PascalCase resource name; use a noun in PascalCase${hint}`);
    }
  }
  if (failures === 0) {
    const names = deriveResourceNames(resource.name, apiVersion, resource.plural);
    if (names.plural.snake === names.singular.snake) {
      fail(
        resource.plural === undefined ? "name" : "plural",
        `the plural of "${resource.name}" is the same word, so its list and its items cannot be told apart; set plural to a distinct name, e.g. plural: ${names.singular.pascal}Items`,
      );
    }
  }
  if (resource.fields.length === 0) fail("fields", "a resource needs at least one field");

  const fields: (Field | undefined)[] = [];
  const seen = new Map<string, number>();
  resource.fields.forEach((field, index) => {
    const fieldReport = (key: string, message: string) => fail(`fields[${index}].${key}`, message);
    const before = failures;
    checkFieldName(field.name, fieldReport);
    const snake = toSnakeCase(field.name);
    const earlier = seen.get(snake);
    if (failures === before && earlier !== undefined) {
      const other = resource.fields[earlier]?.name ?? "";
      fieldReport(
        "name",
        `"${field.name}" collides with fields[${earlier}].name "${other}" once both become ${snake}; rename one`,
      );
    }
    if (!seen.has(snake)) seen.set(snake, index);
    fields.push(checkField(field, fieldReport));
  });
  if (failures > 0) return undefined;
  const checked: Resource = { name: resource.name, fields: fields as Field[] };
  if (resource.plural !== undefined) checked.plural = resource.plural;
  return checked;
}

/** Two resources must not share a module, class, table or path name in any casing. */
function checkResourceCollisions(parsed: ParsedSpec, report: Report): void {
  const owners = new Map<string, { index: number; label: string }>();
  parsed.resources.forEach((resource, index) => {
    if (!RESOURCE_NAME_PATTERN.test(resource.name)) return;
    if (resource.plural !== undefined && !RESOURCE_NAME_PATTERN.test(resource.plural)) return;
    const names = deriveResourceNames(resource.name, parsed.apiVersion, resource.plural);
    const claims = [
      { role: "name", key: names.singular.snake, label: `"${resource.name}"` },
      { role: "plural", key: names.plural.snake, label: `its plural "${names.plural.pascal}"` },
    ];
    for (const claim of claims) {
      const owner = owners.get(claim.key);
      if (owner && owner.index !== index) {
        const path = claim.role === "plural" && resource.plural !== undefined ? "plural" : "name";
        report(
          `resources[${index}].${path}`,
          `${claim.label} collides with ${owner.label} (both become ${claim.key}); rename one or set a plural`,
        );
        return;
      }
    }
    for (const claim of claims) {
      const label =
        claim.role === "name"
          ? `resources[${index}].name "${resource.name}"`
          : `the plural "${names.plural.pascal}" of resources[${index}]`;
      if (!owners.has(claim.key)) owners.set(claim.key, { index, label });
    }
  });
}
