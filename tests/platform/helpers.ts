import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { ValidatorReport } from "../../platform-checks/report.js";
import { runValidator } from "../../platform-checks/runner.js";
import { ensureTool } from "../../platform-checks/tools/index.js";
import type { Validator } from "../../platform-checks/validators/index.js";

/** A first install builds Go tools from source: minutes on two cores (then cached). */
const INSTALL_TIMEOUT_MS = 20 * 60_000;

export type SampleFiles = Record<string, string>;

/**
 * Installs a validator's tools once per test file. When a tool cannot be installed at all the
 * tests skip with the reason; under CI (which installs every tool before `npm test`) that is
 * an error instead, so the validator tests never skip there.
 */
export function useValidatorTools(validator: Validator): { unavailable(): string | undefined } {
  let reason: string | undefined;
  beforeAll(async () => {
    try {
      for (const id of validator.tools) await ensureTool(id);
    } catch (error) {
      if (process.env.CI === "true") throw error;
      reason = `${validator.id}: tool unavailable, ${error instanceof Error ? error.message : String(error)}`;
    }
  }, INSTALL_TIMEOUT_MS);
  return { unavailable: () => reason };
}

/** Writes sample files into throwaway project folders and runs a validator on them. */
export function useSampleProjects(): {
  validate(validator: Validator, files: SampleFiles): Promise<ValidatorReport>;
} {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });
  return {
    async validate(validator, files) {
      const root = mkdtempSync(join(tmpdir(), "microforge-platform-sample-"));
      folders.push(root);
      writeSamples(root, files);
      return runValidator(validator, root);
    },
  };
}

export function writeSamples(root: string, files: SampleFiles): void {
  for (const [path, content] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    if (path.endsWith(".sh")) chmodSync(file, 0o755);
  }
}

/** The lines of a template literal without the indentation of the first line. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, "").split("\n");
  const indent = /^\s*/.exec(lines[0] ?? "")?.[0].length ?? 0;
  return lines
    .map((line) => line.slice(Math.min(indent, /^\s*/.exec(line)?.[0].length ?? 0)))
    .join("\n");
}

/** A correct sample with one deliberate mistake; throws if the text to replace is absent. */
export function breakSample(sample: string, find: string, replacement: string): string {
  if (!sample.includes(find)) throw new Error(`the sample has no ${JSON.stringify(find)}`);
  return sample.replace(find, replacement);
}
