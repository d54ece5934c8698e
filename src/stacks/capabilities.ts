import type { StackCapabilities } from "./types.js";

/** What a stack supports when it supports every option the spec has. */
export const EVERY_CAPABILITY: StackCapabilities = {
  auth: ["jwt", "none"],
  ci: ["github", "gitlab", "jenkins"],
  deploy: ["kubernetes", "helm"],
  metrics: true,
  tracing: true,
};
