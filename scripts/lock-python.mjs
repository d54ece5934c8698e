// Relocks the python-fastapi stack's dependencies with uv: generates the project with every
// option on under the name the stored lock uses, runs `uv lock` and stores the result as
// src/stacks/python-fastapi/templates/uv.lock (generated projects derive theirs from it).
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "microforge-lock-"));
try {
  const spec = join(work, "spec.yaml");
  writeFileSync(
    spec,
    "name: microforge-service\nstack: python-fastapi\nauth: jwt\nfeatures: { metrics: true, tracing: true }\nresources: []\n",
  );
  execFileSync("node", [join(root, "bin/microforge.js"), "new", "--spec", spec, "--yes"], {
    cwd: work,
    stdio: "inherit",
  });
  const project = join(work, "microforge-service");
  execFileSync("uv", ["lock"], { cwd: project, stdio: "inherit" });
  copyFileSync(join(project, "uv.lock"), join(root, "src/stacks/python-fastapi/templates/uv.lock"));
} finally {
  rmSync(work, { recursive: true, force: true });
}
