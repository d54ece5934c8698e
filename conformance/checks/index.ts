import type { Check } from "../check.js";
import { authChecks } from "./auth.js";
import { docsChecks } from "./docs.js";
import { errorChecks } from "./errors.js";
import { healthChecks } from "./health.js";
import { listChecks } from "./lists.js";
import { metricsChecks } from "./metrics.js";
import { requestChecks } from "./requests.js";
import { resourceChecks } from "./resources.js";
import { robustnessChecks } from "./robustness.js";
import { routingChecks } from "./routing.js";
import { wireChecks } from "./wire.js";

/** The contract suite, in the order it runs. */
export const CONTRACT_CHECKS: readonly Check[] = [
  ...healthChecks,
  ...routingChecks,
  ...authChecks,
  ...resourceChecks,
  ...listChecks,
  ...wireChecks,
  ...errorChecks,
  ...requestChecks,
  ...robustnessChecks,
  ...docsChecks,
  ...metricsChecks,
];
