#!/usr/bin/env node
import module from "node:module";

// Node 22.1 and later keep V8's compiled code between runs; older versions have no such cache.
module.enableCompileCache?.();
const { main } = await import("../dist/cli.js");
await main();
