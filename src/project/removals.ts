import type { Spec } from "../spec/schema.js";

/**
 * What a new spec drops from the recorded one, e.g. `resource OrderItem` or `field
 * Product.sku`: an update writes migrations that delete their data, so it asks first.
 */
export function describeRemovals(recorded: Spec, next: Spec): string[] {
  const removals: string[] = [];
  for (const resource of recorded.resources) {
    const kept = next.resources.find((candidate) => candidate.name === resource.name);
    if (kept === undefined) {
      removals.push(`resource ${resource.name}`);
      continue;
    }
    for (const field of resource.fields) {
      if (!kept.fields.some((candidate) => candidate.name === field.name)) {
        removals.push(`field ${resource.name}.${field.name}`);
      }
    }
  }
  return removals;
}
