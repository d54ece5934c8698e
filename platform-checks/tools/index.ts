import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { type ExecOptions, type ExecResult, execFile } from "../exec.js";
import { ensureCachedInstall, resolveToolsRoot } from "./cache.js";
import {
  describeTools,
  OPENTOFU,
  TERRAFORM_ENV,
  type ToolCommand,
  type ToolId,
  type ToolSpec,
} from "./catalog.js";

export type { ToolId } from "./catalog.js";

export interface InstalledTool {
  id: ToolId;
  name: string;
  version: string;
  source: string;
  /** Its folder in the cache (none for a tool found on the machine). */
  dir?: string;
  command: ToolCommand;
  /** How long making the tool available took, and whether it was already in the cache. */
  install: { cached: boolean; durationMs: number };
}

/** Runs an installed tool with its own arguments. */
export function runTool(
  tool: InstalledTool,
  args: readonly string[],
  options: ExecOptions = {},
): Promise<ExecResult> {
  return execFile(tool.command.file, [...tool.command.args, ...args], {
    ...options,
    env: { ...(options.env ?? process.env), ...tool.command.env },
  });
}

const installs = new Map<ToolId, Promise<InstalledTool>>();

/**
 * Makes a pinned tool available, installing it into the cache on first use. Each tool is
 * installed at most once per process; a failed install is retried on the next call.
 */
export function ensureTool(id: ToolId): Promise<InstalledTool> {
  let pending = installs.get(id);
  if (!pending) {
    pending = installTool(id);
    pending.catch(() => installs.delete(id));
    installs.set(id, pending);
  }
  return pending;
}

async function installTool(id: ToolId): Promise<InstalledTool> {
  if (id === "terraform") {
    // MICROFORGE_NO_SYSTEM_TERRAFORM=1 exercises the fallback on a machine that has terraform.
    const onPath = process.env.MICROFORGE_NO_SYSTEM_TERRAFORM
      ? undefined
      : await findTerraformOnPath();
    if (onPath) return onPath;
    return installSpec(OPENTOFU);
  }
  return installSpec(describeTools(await readPythonVersion())[id]);
}

async function installSpec(spec: ToolSpec): Promise<InstalledTool> {
  const root = resolveToolsRoot();
  try {
    const { dir, cached, durationMs } = await ensureCachedInstall(
      join(root, spec.folder),
      spec.install,
    );
    return {
      id: spec.id,
      name: spec.name,
      version: spec.version,
      source: spec.source,
      dir,
      command: spec.command(dir),
      install: { cached, durationMs },
    };
  } catch (error) {
    throw new ToolInstallError(spec, error);
  }
}

export class ToolInstallError extends Error {
  constructor(
    readonly spec: Pick<ToolSpec, "id" | "name" | "version" | "source">,
    cause: unknown,
  ) {
    super(
      `could not install ${spec.name} ${spec.version} from ${spec.source}: ${
        cause instanceof Error ? cause.message : String(cause)
      }`,
    );
    this.name = "ToolInstallError";
  }
}

let pythonVersion: Promise<string> | undefined;

/** python3's major.minor: Python packages with compiled parts are cached per Python version. */
function readPythonVersion(): Promise<string> {
  pythonVersion ??= execFile("python3", [
    "-c",
    "import sys; print('%d.%d' % sys.version_info[:2])",
  ]).then((result) => {
    if (result.exitCode !== 0) throw new Error(`python3 is needed: ${result.output}`);
    return result.stdout.trim();
  });
  return pythonVersion;
}

/**
 * HashiCorp's terraform when the machine has it (it is what users run; it is not in any
 * package registry this machine reaches), reported with the version it prints.
 */
async function findTerraformOnPath(): Promise<InstalledTool | undefined> {
  const started = performance.now();
  const file = (process.env.PATH ?? "")
    .split(delimiter)
    .filter((folder) => folder !== "")
    .map((folder) => join(folder, "terraform"))
    .find((candidate) => {
      try {
        accessSync(candidate, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
  if (!file) return undefined;
  const result = await execFile(file, ["version", "-json"], {
    env: { ...process.env, ...TERRAFORM_ENV },
  });
  if (result.exitCode !== 0) return undefined;
  const version = (JSON.parse(result.stdout) as { terraform_version?: string }).terraform_version;
  if (!version) return undefined;
  return {
    id: "terraform",
    name: "terraform",
    version,
    source: `${file} (on the machine; no package registry here serves terraform)`,
    command: { file, args: [], env: TERRAFORM_ENV },
    install: { cached: true, durationMs: Math.round(performance.now() - started) },
  };
}
