// Relocks the node-express stack's dependencies with npm: generates the project with every
// option on under the name the stored lock uses, resolves a fresh package-lock.json and stores
// it as src/stacks/node-express/templates/package-lock.json (generated projects derive theirs).
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
    "name: microforge-service\nstack: node-express\nauth: jwt\nfeatures: { metrics: true, tracing: true }\nresources: []\n",
  );
  execFileSync("node", [join(root, "bin/microforge.js"), "new", "--spec", spec, "--yes"], {
    cwd: work,
    stdio: "inherit",
  });
  const project = join(work, "microforge-service");
  rmSync(join(project, "package-lock.json"));
  execFileSync(
    "npm",
    ["install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund"],
    { cwd: project, stdio: "inherit" },
  );
  copyFileSync(
    join(project, "package-lock.json"),
    join(root, "src/stacks/node-express/templates/package-lock.json"),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
