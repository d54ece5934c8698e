import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describeCommand, execFile } from "../exec.js";

const INSTALL_TIMEOUT_MS = 20 * 60_000;

async function runInstallStep(
  file: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<void> {
  const result = await execFile(file, args, { ...options, timeoutMs: INSTALL_TIMEOUT_MS });
  if (result.exitCode !== 0) {
    throw new Error(
      `\`${describeCommand(file, args)}\` exited ${result.exitCode}:\n${result.output.slice(-4000)}`,
    );
  }
}

/**
 * Installs pinned packages from PyPI into a folder of their own (`pip --target`), wheels only:
 * a source build could try to download a binary from a site this machine cannot reach.
 */
export function installFromPypi(requirements: readonly string[]) {
  return (target: string) =>
    runInstallStep("python3", [
      "-m",
      "pip",
      "install",
      "--quiet",
      "--disable-pip-version-check",
      "--no-input",
      "--only-binary=:all:",
      "--target",
      target,
      ...requirements,
    ]);
}

/** The environment for the go command: the machine's own toolchain, static binaries. */
function describeGoEnv(bin: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GOBIN: bin,
    GOTOOLCHAIN: "local",
    CGO_ENABLED: "0",
    GOFLAGS: "-trimpath",
  };
}

/** `go install module/cmd@version` from the Go module proxy into `<target>/bin`. */
export function installWithGo(packagePath: string, version: string) {
  return (target: string) =>
    runInstallStep("go", ["install", "-ldflags=-s -w", `${packagePath}@${version}`], {
      env: describeGoEnv(join(target, "bin")),
    });
}

/**
 * Builds a command whose module `go install` refuses (its go.mod has replace directives): a
 * throwaway module requires it, repeats its replace lines and builds the command.
 */
export function buildWithGoModule(options: {
  module: string;
  version: string;
  command: string;
  binary: string;
  goVersion: string;
  replaces: readonly string[];
}) {
  return async (target: string) => {
    const work = join(target, "build");
    await mkdir(work, { recursive: true });
    const goMod = [
      "module microforge.local/tool-build",
      "",
      `go ${options.goVersion}`,
      "",
      `require ${options.module} ${options.version}`,
      "",
      ...options.replaces.map((line) => `replace ${line}`),
      "",
    ].join("\n");
    await writeFile(join(work, "go.mod"), goMod);
    const env = describeGoEnv(join(target, "bin"));
    await runInstallStep("go", ["mod", "download", options.module], { cwd: work, env });
    await runInstallStep(
      "go",
      [
        "build",
        "-mod=mod",
        "-ldflags=-s -w",
        "-o",
        join(target, "bin", options.binary),
        `${options.module}/${options.command}`,
      ],
      { cwd: work, env },
    );
  };
}

/** Copies one artifact from Maven Central (through ~/.m2) into the folder. */
export function installFromMaven(artifact: string) {
  return (target: string) =>
    runInstallStep("mvn", [
      "--batch-mode",
      "--quiet",
      "org.apache.maven.plugins:maven-dependency-plugin:3.9.0:copy",
      `-Dartifact=${artifact}`,
      `-DoutputDirectory=${target}`,
    ]);
}
