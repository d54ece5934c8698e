import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describeCommand, execFile } from "../exec.js";
import { baseName, findProjectFiles } from "../files.js";
import { ensureCachedInstall, resolveToolsRoot } from "../tools/cache.js";
import { GROOVY_JAR, SHORT_RUN_JVM_FLAGS } from "../tools/catalog.js";
import type { InstalledTool } from "../tools/index.js";
import { stepFromRun, summarizeSteps } from "./steps.js";
import { requireTool, type Validator } from "./types.js";

const CHECKER = fileURLToPath(new URL("./CheckJenkinsfile.groovy", import.meta.url));

/** The checker compiled by groovyc into the tool cache, once per version of its source. */
async function compileChecker(groovy: InstalledTool): Promise<string> {
  const jar = join(groovy.dir ?? "", GROOVY_JAR);
  const source = await readFile(CHECKER, "utf8");
  const hash = createHash("sha256").update(source).digest("hex").slice(0, 16);
  const folder = join(resolveToolsRoot(), `jenkinsfile-checker-${hash}`);
  const { dir } = await ensureCachedInstall(folder, async (target) => {
    const compiler = "org.codehaus.groovy.tools.FileSystemCompiler";
    const args = [...SHORT_RUN_JVM_FLAGS, "-cp", jar, compiler, "-d", target, CHECKER];
    const result = await execFile("java", args);
    if (result.exitCode !== 0) throw new Error(`groovyc failed on the checker:\n${result.output}`);
  });
  return `${jar}:${dir}`;
}

/**
 * No Jenkins controller runs here and the pipeline-model-definition plugin (whose validator
 * `declarative-linter` calls) is not on Maven Central, so the Jenkinsfile is compiled by
 * Groovy 2.4 (the line Jenkins runs) and its declarative model is checked by
 * CheckJenkinsfile.groovy, which follows that plugin's parser and validator rules.
 */
export const jenkinsfileValidator: Validator = {
  id: "jenkinsfile",
  title: "Jenkinsfile",
  inputs: "Jenkinsfile",
  tools: ["groovy"],
  findFiles: (project) =>
    findProjectFiles(project, (path) => /^Jenkinsfile(\.[\w-]+)?$/.test(baseName(path))),
  async validate(context) {
    const classpath = await compileChecker(requireTool(context, "groovy"));
    const args = [...SHORT_RUN_JVM_FLAGS, "-cp", classpath, "CheckJenkinsfile", ...context.files];
    const run = await execFile("java", args, { cwd: context.project });
    return summarizeSteps([
      stepFromRun(
        "Groovy 2.4 compile (syntax, semantic analysis) + declarative pipeline model " +
          "(sections, directives, stages, steps, post and when conditions, environment)",
        describeCommand("groovy", ["CheckJenkinsfile.groovy", ...context.files]),
        run,
      ),
    ]);
  },
};
