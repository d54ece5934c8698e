import { ensureTool, type ToolId } from "./tools/index.js";

export const ALL_TOOLS: readonly ToolId[] = [
  "hadolint",
  "shellcheck",
  "check-jsonschema",
  "kubernetes-validate",
  "groovy",
  "actionlint",
  "kustomize",
  "helm",
  "terraform",
];

/** Installs every tool one after the other (two cores: no parallel builds), one line each. */
export async function installAllTools(log: (line: string) => void): Promise<boolean> {
  let ok = true;
  const started = performance.now();
  for (const id of ALL_TOOLS) {
    try {
      const tool = await ensureTool(id);
      const how = tool.install.cached ? "cached" : "installed";
      log(
        `${tool.name} ${tool.version}: ${how} in ${(tool.install.durationMs / 1000).toFixed(1)} s (${tool.source})`,
      );
    } catch (error) {
      ok = false;
      log(`${id}: FAILED ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  log(`tools ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}
