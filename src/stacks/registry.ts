import { goEcho } from "./go-echo/index.js";
import { goGin } from "./go-gin/index.js";
import { javaSpring } from "./java-spring/index.js";
import { nodeExpress } from "./node-express/index.js";
import { nodeNestjs } from "./node-nestjs/index.js";
import { pythonFastapi } from "./python-fastapi/index.js";
import { pythonFlask } from "./python-flask/index.js";
import type { StackRegistry } from "./types.js";

/**
 * Every stack microforge can generate. Prompts, `--help`, `microforge stacks`, spec validation
 * and the test matrix all read this list; a new stack is one line here plus its folder.
 */
export const STACKS: StackRegistry = [
  pythonFastapi,
  pythonFlask,
  nodeExpress,
  nodeNestjs,
  javaSpring,
  goGin,
  goEcho,
];
