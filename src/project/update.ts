import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import type { FileTree } from "../engine/file-tree.js";
import { generate } from "../engine/generate.js";
import { hashContent, MANIFEST_FILE, type Manifest, parseManifest } from "../engine/manifest.js";
import { extendSchemaHistory } from "../engine/schema-history.js";
import { MicroforgeError } from "../errors.js";
import { parseSpec, parseSpecYaml } from "../spec/load.js";
import type { Spec } from "../spec/schema.js";
import { ANSWERS_FILE } from "../spec/serialize.js";
import type { StackRegistry } from "../stacks/types.js";
import { VERSION } from "../version.js";
import { describeRemovals } from "./removals.js";
import { planUpdateChanges, type UpdateChange } from "./update-plan.js";
import { writeIntoProject } from "./writer.js";

/**
 * Renders the recorded spec with the microforge version that generated the project, as
 * path → content. The CLI renders in-process for this version and runs the recorded
 * version's package for an older one, as copier checks out the old template's tag.
 */
export type BaseRenderer = (spec: Spec, version: string) => Promise<ReadonlyMap<string, string>>;

export interface UpdateRequest {
  projectDir: string;
  registry: StackRegistry;
  renderBase: BaseRenderer;
  /** The answers to use instead of microforge.yaml on disk (e.g. with a resource added). */
  answers?: string;
}

export interface UpdatePlan {
  from: { version: string; spec: Spec };
  to: { version: string; spec: Spec };
  changes: UpdateChange[];
  conflicts: UpdateChange[];
  /** Resources and fields the new spec drops, which the caller must confirm. */
  removals: string[];
  /** Writes the plan: files first, microforge.yaml when new answers were given, the manifest last. */
  apply(options?: { stagingSuffix?: string }): Promise<void>;
}

/** Works out what updating a generated project to its current answers changes. */
export async function planUpdate(request: UpdateRequest): Promise<UpdatePlan> {
  const { projectDir, registry } = request;
  const manifest = await readManifest(projectDir);
  const answers = request.answers ?? (await readProjectFile(projectDir, ANSWERS_FILE));
  const recorded = parseSpec(manifest.spec, registry, MANIFEST_FILE);
  const raw = parseSpecYaml(answers, ANSWERS_FILE) as Record<string, unknown>;
  const stack = requireSameStack(recorded, raw.stack, registry);
  const spec = extendSchemaHistory(recorded, parseSpec(raw, registry, ANSWERS_FILE), stack);
  const base = await request.renderBase(recorded, manifest.version);
  checkBaseMatchesManifest(base, manifest);
  const tree = generate(spec, { registry });
  const theirs = projectFilesOf(tree);
  const paths = new Set([...base.keys(), ...theirs.map((file) => file.path)]);
  const ours = await readExisting(projectDir, paths);
  const changes = planUpdateChanges({ base, theirs, ours, theirsLabel: `microforge ${VERSION}` });
  const manifestFile = tree.get(MANIFEST_FILE);
  return {
    from: { version: manifest.version, spec: recorded },
    to: { version: VERSION, spec },
    changes,
    conflicts: changes.filter((change) => change.action === "conflict"),
    removals: describeRemovals(recorded, spec),
    async apply(options = {}) {
      const writes = changes.flatMap((change) =>
        change.next === undefined || change.action === "unchanged"
          ? []
          : [{ path: change.path, content: change.next, mode: change.mode }],
      );
      await writeIntoProject(writes, projectDir, options);
      for (const change of changes.filter((candidate) => candidate.action === "remove")) {
        await rm(join(projectDir, change.path), { force: true });
      }
      if (request.answers !== undefined) {
        await writeIntoProject(
          [{ path: ANSWERS_FILE, content: request.answers, mode: 0o644 }],
          projectDir,
          options,
        );
      }
      // Last, so an interrupted update still sees the old base and can be run again.
      if (manifestFile) await writeIntoProject([manifestFile], projectDir, options);
    },
  };
}

/** The stack is the project's language and framework: changing it is a new project. */
function requireSameStack(recorded: Spec, wanted: unknown, registry: StackRegistry) {
  const stack = registry.find((candidate) => candidate.id === recorded.stack);
  if (!stack || wanted !== recorded.stack) {
    throw new MicroforgeError(
      "SPEC_INVALID",
      `${ANSWERS_FILE}: stack "${String(wanted)}" differs from the project's "${recorded.stack}"; update cannot change a project's stack (generate a new project instead)`,
    );
  }
  return stack;
}

/** Renders a spec in-process with this version: the base renderer when versions match. */
export function renderInProcess(registry: StackRegistry): BaseRenderer {
  return async (spec, version) =>
    new Map(
      projectFilesOf(generate(spec, { registry, version })).map((file) => [
        file.path,
        file.content,
      ]),
    );
}

/** The generated files a project tracks: all but the answers (the user's) and the manifest. */
export function projectFilesOf(tree: FileTree) {
  return tree.list().filter((file) => file.path !== ANSWERS_FILE && file.path !== MANIFEST_FILE);
}

/**
 * The base must be what generated the project, or the merge would blame the user for the
 * generator's changes: its files must hash as the manifest recorded them.
 */
function checkBaseMatchesManifest(base: ReadonlyMap<string, string>, manifest: Manifest): void {
  const differing = Object.keys(manifest.files).filter((path) => {
    const content = base.get(path);
    return content === undefined || hashContent(content) !== manifest.files[path];
  });
  if (differing.length > 0) {
    throw new MicroforgeError(
      "BASE_MISMATCH",
      `rendering the recorded answers with microforge ${manifest.version} does not reproduce what it generated; nothing was written`,
      differing.slice(0, 10),
    );
  }
}

async function readManifest(projectDir: string): Promise<Manifest> {
  const manifest = parseManifest(await readProjectFile(projectDir, MANIFEST_FILE));
  if (!manifest) {
    throw new MicroforgeError(
      "NOT_A_PROJECT",
      `${join(projectDir, MANIFEST_FILE)} is not a microforge manifest`,
    );
  }
  return manifest;
}

export async function readProjectFile(projectDir: string, path: string): Promise<string> {
  try {
    return await readFile(join(projectDir, path), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new MicroforgeError(
        "NOT_A_PROJECT",
        `${projectDir} is not a microforge project: ${path} is missing (run this inside a generated project, or pass --dir)`,
      );
    }
    throw error;
  }
}

async function readExisting(
  projectDir: string,
  paths: ReadonlySet<string>,
): Promise<Map<string, string>> {
  const onDisk = new Map<string, string>();
  await Promise.all(
    [...paths].map(async (path) => {
      try {
        onDisk.set(path, await readFile(join(projectDir, path), "utf8"));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
    }),
  );
  return onDisk;
}
