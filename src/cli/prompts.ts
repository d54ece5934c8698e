import { MicroforgeError } from "../errors.js";
import { AUTH_MODES, CI_TARGETS, DEPLOY_TARGETS } from "../spec/schema.js";
import { parseResourceShorthand } from "../spec/shorthand.js";
import type { StackRegistry } from "../stacks/types.js";
import type { RawSpec } from "./spec-input.js";

/**
 * Asks, in the terminal, for every answer the flags and the spec file left open. The prompt
 * library is loaded only here, so commands that never prompt do not pay for it.
 */
export async function promptForAnswers(
  raw: RawSpec,
  registry: StackRegistry,
  askOptional: boolean,
): Promise<RawSpec> {
  const prompts = await import("@clack/prompts");
  const answer = <T>(value: T): Exclude<T, symbol> => {
    if (prompts.isCancel(value))
      throw new MicroforgeError("CANCELLED", "cancelled; nothing was written");
    return value as Exclude<T, symbol>;
  };
  const result: RawSpec = { ...raw };
  prompts.intro("microforge new");
  if (result.name === undefined) {
    result.name = answer(
      await prompts.text({
        message: "Service name (kebab-case)",
        placeholder: "orders-service",
        validate: (value) =>
          /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(value ?? "")
            ? undefined
            : "use kebab-case, e.g. orders-service",
      }),
    );
  }
  if (result.stack === undefined) {
    result.stack = answer(
      await prompts.select({
        message: "Stack",
        options: registry.map((stack) => ({
          value: stack.id,
          label: stack.title,
          hint: stack.summary,
        })),
      }),
    );
  }
  if (askOptional) {
    if (result.auth === undefined) {
      result.auth = answer(
        await prompts.select({
          message: "Authentication",
          options: AUTH_MODES.map((mode) => ({
            value: mode,
            label: mode === "jwt" ? "JWT bearer tokens with roles" : "none",
          })),
          initialValue: "jwt",
        }),
      );
    }
    const features = { ...(result.features ?? {}) };
    if (features.metrics === undefined || features.tracing === undefined) {
      const chosen = answer(
        await prompts.multiselect({
          message: "Observability",
          options: [
            { value: "metrics", label: "Prometheus metrics" },
            { value: "tracing", label: "OpenTelemetry tracing" },
          ],
          initialValues: ["metrics", "tracing"],
          required: false,
        }),
      );
      features.metrics ??= chosen.includes("metrics");
      features.tracing ??= chosen.includes("tracing");
    }
    features.ci ??= answer(
      await prompts.multiselect({
        message: "CI pipelines",
        options: CI_TARGETS.map((target) => ({ value: target, label: target })),
        initialValues: ["github"],
        required: false,
      }),
    );
    features.deploy ??= answer(
      await prompts.multiselect({
        message: "Deployment files",
        options: DEPLOY_TARGETS.map((target) => ({ value: target, label: target })),
        initialValues: [...DEPLOY_TARGETS],
        required: false,
      }),
    );
    result.features = features;
    if (result.resources === undefined)
      result.resources = await promptForResources(prompts, answer);
  }
  prompts.outro("Answers complete");
  return result;
}

async function promptForResources(
  prompts: typeof import("@clack/prompts"),
  answer: <T>(value: T) => Exclude<T, symbol>,
): Promise<unknown[]> {
  const resources: unknown[] = [];
  for (;;) {
    const text = answer(
      await prompts.text({
        message:
          resources.length === 0
            ? "A resource (empty to skip)"
            : "Another resource (empty to finish)",
        placeholder: "Product:name:string!:max=120,price:decimal",
        validate: (value) => {
          if (!value) return undefined;
          try {
            parseResourceShorthand(value);
            return undefined;
          } catch (error) {
            return error instanceof Error ? error.message : String(error);
          }
        },
      }),
    );
    if (!text) return resources;
    resources.push(parseResourceShorthand(text));
  }
}
