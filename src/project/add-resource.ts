import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { isSeq, parseDocument } from "yaml";
import { FILE_MODE, type GeneratedFile } from "../engine/file-tree.js";
import { generate } from "../engine/generate.js";
import { MANIFEST_FILE, parseManifest } from "../engine/manifest.js";
import { MicroforgeError } from "../errors.js";
import { normalizeNameKey } from "../naming/index.js";
import { parseSpec, parseSpecYaml } from "../spec/load.js";
import type { Spec } from "../spec/schema.js";
import { ANSWERS_FILE, toAnswersResource } from "../spec/serialize.js";
import { parseFieldShorthand } from "../spec/shorthand.js";
import type { StackRegistry } from "../stacks/types.js";
import { type PlannedChange, planChanges } from "./plan.js";
import { writeIntoProject } from "./writer.js";

export interface AddResourceRequest {
  projectDir: string;
  /** `Name` or `Name/Plural`. */
  resource: string;
  /** Fields in the shorthand, e.g. `price:decimal:min=0`. */
  fields: readonly string[];
  registry: StackRegistry;
}

export interface AddResourcePlan {
  spec: Spec;
  changes: PlannedChange[];
  conflicts: PlannedChange[];
  /** Applies the plan: the resource's files and wiring, then microforge.yaml, then the manifest. */
  apply(options?: { stagingSuffix?: string }): Promise<void>;
}

/** Works out what adding a resource to a generated project changes, without writing anything. */
export async function planAddResource(request: AddResourceRequest): Promise<AddResourcePlan> {
  const { projectDir, registry } = request;
  const answersText = await readProjectFile(projectDir, ANSWERS_FILE);
  const manifestText = await readProjectFile(projectDir, MANIFEST_FILE);
  const manifest = parseManifest(manifestText);
  if (!manifest) {
    throw new MicroforgeError(
      "NOT_A_PROJECT",
      `${join(projectDir, MANIFEST_FILE)} is not a microforge manifest`,
    );
  }
  const raw = parseSpecYaml(answersText, ANSWERS_FILE) as Record<string, unknown>;
  const current = parseSpec(raw, registry, ANSWERS_FILE);

  const [name = "", plural, ...rest] = request.resource.split("/");
  if (rest.length > 0) {
    throw new MicroforgeError(
      "SHORTHAND_INVALID",
      `"${request.resource}" is not Name or Name/Plural`,
    );
  }
  if (
    current.resources.some((resource) => normalizeNameKey(resource.name) === normalizeNameKey(name))
  ) {
    throw new MicroforgeError(
      "RESOURCE_EXISTS",
      `${ANSWERS_FILE} already has a resource named ${name}`,
    );
  }
  const rawResource = {
    name,
    ...(plural === undefined ? {} : { plural }),
    fields: request.fields.map((field) => parseFieldShorthand(field)),
  };
  const spec = parseSpec(
    { ...current, resources: [...current.resources, rawResource] },
    registry,
    "the new resource",
  );
  const tree = generate(spec, { registry });
  const projectFiles = tree
    .list()
    .filter((file) => file.path !== ANSWERS_FILE && file.path !== MANIFEST_FILE);
  const onDisk = await readExisting(projectDir, projectFiles);
  const changes = planChanges(projectFiles, onDisk, manifest);
  const conflicts = changes.filter((change) => change.action === "conflict");
  const answers = appendResourceToAnswers(answersText, spec);
  const manifestFile = tree.get(MANIFEST_FILE);

  return {
    spec,
    changes,
    conflicts,
    async apply(options = {}) {
      if (conflicts.length > 0) {
        throw new MicroforgeError(
          "USER_MODIFIED_FILES",
          "these files were changed since they were generated and the new resource needs to change them too; nothing was written",
          conflicts.map((change) => change.path),
        );
      }
      const writes = changes
        .filter((change) => change.action === "create" || change.action === "update")
        .map((change) => tree.get(change.path))
        .filter((file): file is GeneratedFile => file !== undefined);
      await writeIntoProject(writes, projectDir, options);
      await writeIntoProject(
        [{ path: ANSWERS_FILE, content: answers, mode: FILE_MODE }],
        projectDir,
        options,
      );
      if (manifestFile) await writeIntoProject([manifestFile], projectDir, options);
    },
  };
}

/** Appends the new resource to microforge.yaml, keeping the user's comments and layout. */
function appendResourceToAnswers(text: string, spec: Spec): string {
  const document = parseDocument(text);
  const resource = spec.resources[spec.resources.length - 1];
  if (resource === undefined) return text;
  const resources = document.get("resources", true);
  if (isSeq(resources)) {
    resources.flow = false;
    resources.items.push(document.createNode(toAnswersResource(resource)));
  } else {
    document.set("resources", document.createNode([toAnswersResource(resource)]));
  }
  return document.toString({ lineWidth: 0, indentSeq: true });
}

async function readProjectFile(projectDir: string, path: string): Promise<string> {
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
  files: readonly GeneratedFile[],
): Promise<Map<string, string>> {
  const onDisk = new Map<string, string>();
  await Promise.all(
    files.map(async (file) => {
      try {
        onDisk.set(file.path, await readFile(join(projectDir, file.path), "utf8"));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
    }),
  );
  return onDisk;
}
