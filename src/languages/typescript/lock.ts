/**
 * package-lock.json for a generated project, derived from the lock microforge keeps for the
 * stack's project with every option on (the stack's templates/package-lock.json, refreshed by
 * scripts/lock.mjs: `npm run lock:node`, `npm run lock:nestjs`): the root entry takes the
 * project's name and exactly its dependencies, every package nothing needs any more is
 * dropped, and the dev/optional flags are recomputed for what is left, as npm computes them.
 * `npm ci` accepts the result as it is.
 */

/** The project name templates/package-lock.json was locked under. */
export const LOCKED_PROJECT_NAME = "microforge-service";

interface LockEntry {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  devDependencies?: Record<string, string>;
  dev?: boolean;
  optional?: boolean;
  devOptional?: boolean;
  [key: string]: unknown;
}

interface Lockfile {
  name: string;
  version: string;
  lockfileVersion: number;
  requires?: boolean;
  packages: Record<string, LockEntry>;
}

export interface ProjectDependencies {
  dependencies: Readonly<Record<string, string>>;
  devDependencies: Readonly<Record<string, string>>;
}

export function deriveNpmLock(
  fullLock: string,
  projectName: string,
  project: ProjectDependencies,
): string {
  const lock = JSON.parse(fullLock) as Lockfile;
  const root = lock.packages[""];
  if (root === undefined || lock.name !== LOCKED_PROJECT_NAME) {
    throw new Error(`templates/package-lock.json is not the lock of ${LOCKED_PROJECT_NAME}`);
  }
  const packages: Record<string, LockEntry> = {
    ...lock.packages,
    "": {
      ...root,
      name: projectName,
      dependencies: { ...project.dependencies },
      devDependencies: { ...project.devDependencies },
    },
  };
  const prod = Object.keys(project.dependencies);
  const dev = Object.keys(project.devDependencies);
  // What gets installed: an optional peer is never installed on its own account.
  const installed = new Set([
    ...reach(packages, prod, { optional: true }),
    ...reach(packages, dev, { optional: true }),
  ]);
  // For the flags, an installed package an optional peer names counts as optionally needed.
  const within = { optional: true, optionalPeers: true, within: installed };
  const production = reach(packages, prod, within);
  const productionRequired = reach(packages, prod, {});
  const developmentRequired = reach(packages, dev, {});
  const kept: Record<string, LockEntry> = { "": packages[""] as LockEntry };
  for (const [path, entry] of Object.entries(packages)) {
    if (path === "" || !installed.has(path)) continue;
    const flags: Pick<LockEntry, "dev" | "optional" | "devOptional"> = {};
    if (!productionRequired.has(path)) {
      // Not needed in production without an optional edge: npm's dev, optional and
      // devOptional flags tell which installs (--omit=dev, --omit=optional) may skip it.
      const optional = !developmentRequired.has(path);
      if (!production.has(path)) {
        flags.dev = true;
        if (optional) flags.optional = true;
      } else if (optional) {
        flags.optional = true;
      } else {
        flags.devOptional = true;
      }
    }
    const unchanged =
      entry.dev === flags.dev &&
      entry.optional === flags.optional &&
      entry.devOptional === flags.devOptional;
    kept[path] = unchanged ? entry : placeFlags(entry, flags);
  }
  return `${JSON.stringify({ ...lock, name: projectName, packages: kept }, null, 2)}\n`;
}

/**
 * The entry with its flags replaced, where npm writes them: `dev` and `devOptional` just before
 * `license`, `optional` just after it (or all of them before the entry's other lists).
 */
function placeFlags(entry: LockEntry, flags: Partial<LockEntry>): LockEntry {
  const { dev: _dev, optional: _optional, devOptional: _devOptional, ...rest } = entry;
  const { optional, ...before } = flags;
  const after = optional === undefined ? {} : { optional };
  const result: LockEntry = {};
  let placed = false;
  for (const [key, value] of Object.entries(rest)) {
    if (!placed && (key === "license" || LATER_KEYS.has(key))) {
      Object.assign(result, before);
      if (key !== "license") Object.assign(result, after);
      placed = true;
    }
    result[key] = value;
    if (key === "license") Object.assign(result, after);
  }
  if (!placed) Object.assign(result, before, after);
  return result;
}

/** Keys npm writes after the flags when an entry has no license. */
const LATER_KEYS = new Set([
  "bin",
  "engines",
  "funding",
  "dependencies",
  "optionalDependencies",
  "peerDependencies",
  "peerDependenciesMeta",
  "os",
  "cpu",
  "libc",
]);

interface Traversal {
  /** Follow optionalDependencies. */
  optional?: boolean;
  /** Follow peers marked optional (only into `within`). */
  optionalPeers?: boolean;
  /** Only these paths may be reached. */
  within?: ReadonlySet<string>;
}

/** Paths of every package reachable from the root's `names`. */
function reach(
  packages: Record<string, LockEntry>,
  names: readonly string[],
  traversal: Traversal,
): Set<string> {
  const seen = new Set<string>();
  const pending: [string, string][] = names.map((name) => ["", name]);
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [from, name] = next;
    const path = resolve(packages, from, name);
    if (path === undefined || seen.has(path)) continue;
    if (traversal.within !== undefined && !traversal.within.has(path)) continue;
    seen.add(path);
    const entry = packages[path] as LockEntry;
    const edges = [
      ...Object.keys(entry.dependencies ?? {}),
      ...(traversal.optional ? Object.keys(entry.optionalDependencies ?? {}) : []),
      ...Object.keys(entry.peerDependencies ?? {}).filter(
        (peer) => traversal.optionalPeers || !entry.peerDependenciesMeta?.[peer]?.optional,
      ),
    ];
    for (const edge of edges) pending.push([path, edge]);
  }
  return seen;
}

/** Node's lookup: `from/node_modules/name`, then each enclosing node_modules, then the root's. */
function resolve(
  packages: Record<string, LockEntry>,
  from: string,
  name: string,
): string | undefined {
  let base = from;
  for (;;) {
    const candidate = base === "" ? `node_modules/${name}` : `${base}/node_modules/${name}`;
    if (candidate in packages) return candidate;
    if (base === "") return undefined;
    const parent = base.lastIndexOf("/node_modules/");
    base = parent === -1 ? "" : base.slice(0, parent);
  }
}
