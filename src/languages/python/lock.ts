/**
 * uv.lock for a generated project, derived from the lock microforge keeps for the project with
 * every option on (templates/uv.lock, refreshed by `npm run lock:python`): the project's own
 * entry is renamed and loses the dependencies the spec switched off, and every package nothing
 * needs any more is dropped. uv accepts the result as it is (`uv sync --locked`).
 */

/** The project name templates/uv.lock was locked under. */
export const LOCKED_PROJECT_NAME = "microforge-service";

const PACKAGE_SEPARATOR = "\n[[package]]\n";
const NAME_LINE = /^name = "([^"]+)"$/m;
const DEPENDENCY_NAME = /\{ name = "([^"]+)"/g;

export function deriveUvLock(
  fullLock: string,
  projectName: string,
  dependencies: ReadonlySet<string>,
): string {
  const [header, ...blocks] = fullLock.split(PACKAGE_SEPARATOR);
  const packages = new Map<string, string>();
  for (const block of blocks) {
    const name = NAME_LINE.exec(block)?.[1];
    if (name === undefined) throw new Error("templates/uv.lock: a package without a name");
    packages.set(name, block);
  }
  const project = packages.get(LOCKED_PROJECT_NAME);
  if (project === undefined) throw new Error(`templates/uv.lock has no ${LOCKED_PROJECT_NAME}`);
  packages.set(LOCKED_PROJECT_NAME, keepProjectDependencies(project, projectName, dependencies));

  const needed = new Set<string>();
  const pending = [LOCKED_PROJECT_NAME];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (needed.has(name)) continue;
    needed.add(name);
    for (const match of (packages.get(name) ?? "").matchAll(DEPENDENCY_NAME)) {
      pending.push(match[1] as string);
    }
  }
  const kept = [...packages].filter(([name]) => needed.has(name)).map(([, block]) => block);
  return [header, ...kept].join(PACKAGE_SEPARATOR);
}

/** The project's entry under its own name, without the top-level dependencies switched off. */
function keepProjectDependencies(
  block: string,
  projectName: string,
  dependencies: ReadonlySet<string>,
): string {
  let section = "";
  const lines = block.split("\n").filter((line) => {
    if (line.startsWith("[")) section = line;
    const name = /^ {4}\{ name = "([^"]+)"/.exec(line)?.[1];
    const runtime = section === "" || section === "[package.metadata]";
    return name === undefined || !runtime || dependencies.has(name);
  });
  return lines.join("\n").replace(`name = "${LOCKED_PROJECT_NAME}"`, `name = "${projectName}"`);
}
