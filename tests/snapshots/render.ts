import { readFileSync } from "node:fs";
import type { GeneratedFile } from "../../src/engine/file-tree.js";
import { generate } from "../../src/engine/generate.js";
import { parseSpec, parseSpecYaml } from "../../src/spec/load.js";
import { STACKS } from "../../src/stacks/registry.js";

const conformanceSpec = parseSpecYaml(
  readFileSync(new URL("../../conformance/spec.yaml", import.meta.url), "utf8"),
  "conformance/spec.yaml",
) as Record<string, unknown>;

/** Renders the conformance spec for a stack, with `raw` overriding parts of it. */
export function renderStack(stack: string) {
  const render = (raw: Record<string, unknown> = {}) =>
    generate(parseSpec({ ...conformanceSpec, stack, ...raw }, STACKS), { registry: STACKS });
  const files = (raw: Record<string, unknown> = {}): Map<string, GeneratedFile> =>
    new Map(
      render(raw)
        .list()
        .map((file) => [file.path, file]),
    );
  const text = (raw: Record<string, unknown>, path: string): string => {
    const file = files(raw).get(path);
    if (!file) throw new Error(`${path} was not generated`);
    return file.content;
  };
  return { render, files, text };
}
