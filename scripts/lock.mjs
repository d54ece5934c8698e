// Relocks a stack's dependencies with the stack's own package manager: generates the project
// with every option on under the name the stored lock uses, resolves a fresh lock file and
// stores it in the stack's templates (generated projects derive theirs from it).
//   node scripts/lock.mjs python-fastapi | python-flask | node-express | node-nestjs
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const NPM_LOCKER = {
  file: "package-lock.json",
  command: ["npm", "install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund"],
};
const LOCKERS = {
  "python-fastapi": { file: "uv.lock", command: ["uv", "lock"] },
  "python-flask": { file: "uv.lock", command: ["uv", "lock"] },
  "node-express": NPM_LOCKER,
  "node-nestjs": NPM_LOCKER,
};

const stack = process.argv[2];
const locker = LOCKERS[stack];
if (locker === undefined) {
  console.error(`usage: node scripts/lock.mjs ${Object.keys(LOCKERS).join(" | ")}`);
  process.exit(2);
}
const root = new URL("..", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "microforge-lock-"));
try {
  const spec = join(work, "spec.yaml");
  writeFileSync(
    spec,
    `name: microforge-service\nstack: ${stack}\nauth: jwt\nfeatures: { metrics: true, tracing: true }\nresources: []\n`,
  );
  execFileSync("node", [join(root, "bin/microforge.js"), "new", "--spec", spec, "--yes"], {
    cwd: work,
    stdio: "inherit",
  });
  const project = join(work, "microforge-service");
  // The generated project's lock (derived from the stored one) keeps the versions already
  // pinned; the package manager adds and resolves only what changed.
  const [command, ...args] = locker.command;
  execFileSync(command, args, { cwd: project, stdio: "inherit" });
  copyFileSync(
    join(project, locker.file),
    join(root, `src/stacks/${stack}/templates/${locker.file}`),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
