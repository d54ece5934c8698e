import { isSeq, parseDocument } from "yaml";
import { MicroforgeError } from "../errors.js";
import { normalizeNameKey } from "../naming/index.js";
import { parseSpec, parseSpecYaml } from "../spec/load.js";
import { ANSWERS_FILE, toAnswersResource } from "../spec/serialize.js";
import { parseFieldShorthand } from "../spec/shorthand.js";
import type { StackRegistry } from "../stacks/types.js";
import { type BaseRenderer, planUpdate, readProjectFile, type UpdatePlan } from "./update.js";

export interface AddResourceRequest {
  projectDir: string;
  /** `Name` or `Name/Plural`. */
  resource: string;
  /** Fields in the shorthand, e.g. `price:decimal:min=0`. */
  fields: readonly string[];
  registry: StackRegistry;
  renderBase: BaseRenderer;
}

/**
 * Adding a resource is an update whose new answers are the project's with one more resource:
 * the same plan, the same merges, and microforge.yaml gains the resource when it is applied.
 */
export async function planAddResource(request: AddResourceRequest): Promise<UpdatePlan> {
  const { projectDir, registry } = request;
  const answers = await readProjectFile(projectDir, ANSWERS_FILE);
  const current = parseSpec(
    parseSpecYaml(answers, ANSWERS_FILE) as Record<string, unknown>,
    registry,
    ANSWERS_FILE,
  );
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
  const added = spec.resources[spec.resources.length - 1];
  return planUpdate({
    projectDir,
    registry,
    renderBase: request.renderBase,
    answers: added === undefined ? answers : appendResource(answers, toAnswersResource(added)),
  });
}

/** microforge.yaml with one more resource, keeping the user's comments and layout. */
function appendResource(text: string, resource: object): string {
  const document = parseDocument(text);
  const resources = document.get("resources", true);
  if (isSeq(resources)) {
    resources.flow = false;
    resources.items.push(document.createNode(resource));
  } else {
    document.set("resources", document.createNode([resource]));
  }
  return document.toString({ lineWidth: 0, indentSeq: true });
}
