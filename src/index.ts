/** The library: everything the CLI does is a call to one of these. */
export type { FileTree, GeneratedFile } from "./engine/file-tree.js";
export { type GenerateOptions, generate } from "./engine/generate.js";
export { type ErrorCode, MicroforgeError, SpecError, type SpecIssue } from "./errors.js";
export { planAddResource } from "./project/add-resource.js";
export { writeProject } from "./project/writer.js";
export { parseSpec, parseSpecYaml } from "./spec/load.js";
export type { Field, Resource, Spec } from "./spec/schema.js";
export { stringifySpec } from "./spec/serialize.js";
export { parseFieldShorthand, parseResourceShorthand } from "./spec/shorthand.js";
export { STACKS } from "./stacks/registry.js";
export type { StackDescriptor, StackRegistry } from "./stacks/types.js";
export { VERSION } from "./version.js";
