import type { ServiceModel } from "../../engine/model.js";

/**
 * go.mod and go.sum of a generated project. `npm run lock:go -- <stack>` runs `go mod tidy` on
 * the project a Go stack generates with each combination of the options that change its
 * dependencies (auth, metrics, tracing) and keeps every line of the eight results once, in the
 * stack's templates/go.mod and templates/go.sum, after two hex digits naming the combinations
 * whose result holds the line (bit `combinationOf(model)`). A project gets exactly the lines of
 * its combination.
 */

/** The module name a stack's templates/go.mod was locked under. */
export const LOCKED_MODULE = "microforge-service";

/** The options that change a project's dependencies, as a bit index from 0 to 7. */
export function combinationOf(model: ServiceModel): number {
  return (model.auth ? 1 : 0) | (model.features.metrics ? 2 : 0) | (model.features.tracing ? 4 : 0);
}

/** The lines of an annotated lock file that belong to this combination. */
export function selectLockedLines(annotated: string, combination: number): string[] {
  return annotated
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"))
    .flatMap((line) => {
      const mask = Number.parseInt(line.slice(0, 2), 16);
      return (mask & (1 << combination)) === 0 ? [] : [line.slice(3)];
    });
}

/** go.mod for the project: the locked lines of its combination under its own module path. */
export function deriveGoMod(annotated: string, model: ServiceModel, module: string): string {
  const lines = selectLockedLines(annotated, combinationOf(model));
  return `${lines.join("\n").replace(`module ${LOCKED_MODULE}`, `module ${module}`)}\n`;
}

/** go.sum for the project: the locked lines of its combination. */
export function deriveGoSum(annotated: string, model: ServiceModel): string {
  return `${selectLockedLines(annotated, combinationOf(model)).join("\n")}\n`;
}
