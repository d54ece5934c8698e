import { createHash } from "node:crypto";
import { Eta } from "eta/core";
import { MicroforgeError } from "../errors.js";
import { EXECUTABLE_MODE, FILE_MODE, type FileTree } from "./file-tree.js";
import type { MigrationModel } from "./migrations.js";
import type { FieldModel, ResourceModel, ServiceModel } from "./model.js";
import type { FileEntry, TemplateSource } from "./types.js";

const eta = new Eta({ autoEscape: false, autoTrim: false, useWith: false, varName: "it" });

type TemplateFunction = ReturnType<Eta["compile"]>;

/** Compiled templates, keyed by source text: each template is compiled once per process. */
const compiled = new Map<string, TemplateFunction>();
/**
 * Templates compiled when microforge was built (the package's `compiled.cjs` beside each
 * templates folder), keyed by the SHA-256 of their source: a run skips compiling them.
 */
const precompiled = new Map<string, TemplateFunction>();

export function registerCompiledTemplates(functions: Record<string, TemplateFunction>): void {
  for (const [hash, template] of Object.entries(functions)) precompiled.set(hash, template);
}

/** The body of a template's function, exactly as rendering at run time compiles it. */
export function compileTemplateToString(source: string): string {
  return eta.compileToString(prepareTemplate(source));
}

export function hashTemplate(source: string): string {
  return createHash("sha256").update(source, "utf8").digest("hex");
}

function prepareTemplate(source: string): string {
  return source.replace(CONTROL_LINE, "$1");
}

const PLACEHOLDER = /__([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)+)__/g;
/** A line holding nothing but one `<% code %>` tag disappears, newline and all. */
const CONTROL_LINE = /^[ \t]*(<%(?![=~])(?:(?!%>)[^\n])*%>)[ \t]*\n/gm;

export interface TemplateScope extends ServiceModel {
  resource?: ResourceModel;
  field?: FieldModel;
  migration?: MigrationModel;
}

/** Renders every entry of a file list into the tree, expanding per-resource entries. */
export function renderEntries(
  tree: FileTree,
  entries: readonly FileEntry[],
  templates: TemplateSource,
  model: ServiceModel,
): void {
  for (const entry of entries) {
    if (entry.when && !entry.when(model)) continue;
    const scopes = describeScopes(entry, model);
    const source = templates.read(entry.template);
    for (const scope of scopes) {
      const path = fillPlaceholders((entry.output ?? entry.template).replace(/\.eta$/, ""), scope);
      const content = entry.transform
        ? entry.transform(source, scope)
        : entry.template.endsWith(".eta")
          ? renderTemplate(entry.template, source, scope)
          : source;
      tree.add(path, content, entry.executable ? EXECUTABLE_MODE : FILE_MODE);
    }
  }
}

function describeScopes(entry: FileEntry, model: ServiceModel): TemplateScope[] {
  switch (entry.each) {
    case "resource":
      return model.resources.map((resource) => ({ ...model, resource }));
    case "enum":
      return model.resources.flatMap((resource) =>
        resource.fields
          .filter((field) => field.type === "enum")
          .map((field) => ({ ...model, resource, field })),
      );
    case "migration":
      return model.migrations.map((migration) => ({ ...model, migration }));
    default:
      return [model];
  }
}

export function renderTemplate(name: string, source: string, scope: TemplateScope): string {
  let template = compiled.get(source);
  try {
    if (!template) {
      template =
        (precompiled.size > 0 ? precompiled.get(hashTemplate(source)) : undefined) ??
        eta.compile(prepareTemplate(source));
      compiled.set(source, template);
    }
    return eta.render(template, scope as unknown as object);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new MicroforgeError("TEMPLATE_FAILED", `template ${name} failed: ${reason}`, [], {
      cause: error,
    });
  }
}

/** `app/api/__resource.module__.py` → `app/api/order_item.py`. */
export function fillPlaceholders(path: string, scope: TemplateScope): string {
  return path.replace(PLACEHOLDER, (match, expression: string) => {
    let value: unknown = scope;
    for (const key of expression.split(".")) {
      value =
        typeof value === "object" && value !== null
          ? (value as Record<string, unknown>)[key]
          : undefined;
    }
    if (typeof value !== "string" || value === "") {
      throw new MicroforgeError("TEMPLATE_FAILED", `placeholder ${match} in ${path} has no value`);
    }
    return value;
  });
}
