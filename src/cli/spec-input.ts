import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { MicroforgeError } from "../errors.js";
import { parseSpecYaml } from "../spec/load.js";
import {
  AUTH_MODES,
  CI_TARGETS,
  DATABASES,
  DEFAULT_COVERAGE,
  DEPLOY_TARGETS,
} from "../spec/schema.js";
import { parseResourceShorthand } from "../spec/shorthand.js";
import type { StackRegistry } from "../stacks/types.js";
import type { FlagSpec, ParsedFlags } from "./flags.js";

export type RawSpec = Record<string, unknown> & {
  features?: Record<string, unknown>;
  resources?: unknown[];
};

/** The flags of `microforge new`: one per spec field, plus how to run. */
export function describeNewFlags(registry: StackRegistry): FlagSpec[] {
  const stacks = registry.length > 0 ? registry.map((stack) => stack.id).join(", ") : "none yet";
  return [
    { name: "stack", value: "<id>", help: `stack to generate (${stacks})` },
    {
      name: "database",
      value: "<db>",
      help: `database (${DATABASES.join(", ")}; default postgres)`,
    },
    {
      name: "auth",
      value: "<mode>",
      help: `authentication (${AUTH_MODES.join(", ")}; default jwt)`,
    },
    { name: "api-version", value: "<vN>", help: "API version in every route (default v1)" },
    { name: "port", value: "<n>", help: "port the service listens on (default: the stack's)" },
    { name: "no-metrics", help: "leave out Prometheus metrics" },
    { name: "no-tracing", help: "leave out OpenTelemetry tracing" },
    {
      name: "ci",
      value: "<list>",
      help: `CI pipelines, comma-separated (${CI_TARGETS.join(",")}) or none; default github`,
    },
    {
      name: "deploy",
      value: "<list>",
      help: `deployment files (${DEPLOY_TARGETS.join(",")}) or none; default both`,
    },
    {
      name: "coverage",
      value: "<percent>",
      help: `line coverage below which CI fails the tests (default ${DEFAULT_COVERAGE})`,
    },
    {
      name: "resource",
      value: "<shorthand>",
      multiple: true,
      help: 'a resource, repeatable: "Product:name:string!:max=120,price:decimal"',
    },
    { name: "spec", value: "<file>", help: "read the answers from a microforge.yaml" },
    { name: "out", value: "<dir>", help: "where to write the project (default ./<name>)" },
    {
      name: "dry-run",
      help: "print the files that would be written, with sizes, and write nothing",
    },
    { name: "yes", short: "y", help: "accept defaults for everything not given; never prompt" },
    { name: "force", help: "write into a non-empty folder, overwriting generated files" },
    { name: "help", short: "h", help: "show this help" },
  ];
}

/** Builds the raw spec from --spec, the flags and the positional name, in that order of precedence. */
export async function readSpecInput(
  name: string | undefined,
  flags: ParsedFlags,
  cwd: string,
): Promise<{ raw: RawSpec; fromFile: boolean }> {
  const raw: RawSpec = {};
  const specPath = flags.spec;
  if (typeof specPath === "string") {
    const path = resolve(cwd, specPath);
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String(error);
      throw new MicroforgeError("SPEC_UNREADABLE", `cannot read --spec ${specPath}: ${reason}`);
    }
    const parsed = parseSpecYaml(text, specPath);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      throw new MicroforgeError(
        "SPEC_UNREADABLE",
        `${specPath}: expected a mapping of answers at the top level`,
      );
    }
    Object.assign(raw, parsed);
  }
  if (name !== undefined) raw.name = name;
  for (const [flag, key] of [
    ["stack", "stack"],
    ["database", "database"],
    ["auth", "auth"],
    ["api-version", "apiVersion"],
  ] as const) {
    const value = flags[flag];
    if (typeof value === "string") raw[key] = value;
  }
  if (typeof flags.port === "string") raw.port = parseWholeNumber("--port", flags.port);
  const features = { ...(isRecord(raw.features) ? raw.features : {}) };
  if (flags["no-metrics"]) features.metrics = false;
  if (flags["no-tracing"]) features.tracing = false;
  if (typeof flags.ci === "string") features.ci = parseList(flags.ci);
  if (typeof flags.deploy === "string") features.deploy = parseList(flags.deploy);
  if (typeof flags.coverage === "string") {
    features.coverage = parseWholeNumber("--coverage", flags.coverage);
  }
  if (Object.keys(features).length > 0) raw.features = features;
  const shorthands = Array.isArray(flags.resource) ? flags.resource : [];
  if (shorthands.length > 0) {
    const existing = Array.isArray(raw.resources) ? raw.resources : [];
    raw.resources = [...existing, ...shorthands.map((text) => parseResourceShorthand(text))];
  }
  return { raw, fromFile: typeof specPath === "string" };
}

function parseWholeNumber(flag: string, text: string): number {
  if (!/^\d+$/.test(text)) {
    throw new MicroforgeError("FLAG_INVALID", `${flag} must be a whole number, not "${text}"`);
  }
  return Number(text);
}

/** `github,gitlab` → ["github", "gitlab"]; `none` → []. */
function parseList(text: string): string[] {
  const items = text
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
  return items.length === 1 && items[0] === "none" ? [] : items;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
