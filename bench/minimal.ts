import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const FOLDER = fileURLToPath(new URL("./minimal/", import.meta.url));

/**
 * Each stack's baseline: a hand-written minimal service in the same framework, on the same
 * database driver and pool size, answering the same products routes with the same queries and
 * nothing else. It is copied into the generated project and built with its dependencies.
 */
export interface MinimalHandler {
  /** Files of bench/minimal/ and where they go in the project. */
  files: Record<string, string>;
  build?: string;
  /** Starts it; PORT and DATABASE_URL come from the environment, `args` from the bench. */
  start: (args: { port: number; database: URL }) => string;
}

export const MINIMAL_HANDLERS: Record<string, MinimalHandler> = {
  "python-fastapi": {
    files: { "python-fastapi/bench_minimal.py": "bench_minimal.py" },
    start: () => ".venv/bin/python bench_minimal.py",
  },
  "python-flask": {
    files: { "python-flask/bench_minimal.py": "bench_minimal.py" },
    // As gunicorn.conf.py runs the service: one worker process of 16 threads.
    start: ({ port }) =>
      `.venv/bin/gunicorn --workers 1 --worker-class gthread --threads 16 --bind 0.0.0.0:${port} bench_minimal:app`,
  },
  "node-express": {
    files: { "node-express/bench-minimal.mjs": "bench-minimal.mjs" },
    // The service's environment (NODE_ENV=production) applies to it too.
    start: () => "node bench-minimal.mjs",
  },
  "node-nestjs": {
    files: { "node-nestjs/bench-minimal.mjs": "bench-minimal.mjs" },
    // The service's environment (NODE_ENV=production) applies to it too.
    start: () => "node bench-minimal.mjs",
  },
  "java-spring": {
    files: { "java-spring/BenchMinimal.java": "target/bench/BenchMinimal.java" },
    build:
      "java -Djarmode=tools -jar target/app.jar extract --destination target/bench/app --force" +
      " && javac -cp 'target/bench/app/lib/*' -d target/bench/classes target/bench/BenchMinimal.java",
    start: ({ port, database }) =>
      [
        "java -cp 'target/bench/classes:target/bench/app/lib/*' BenchMinimal",
        `--server.port=${port}`,
        `--spring.datasource.url=jdbc:postgresql://${database.host}${database.pathname}`,
        `--spring.datasource.username=${database.username}`,
        `--spring.datasource.password=${database.password}`,
        "--spring.main.banner-mode=off",
        "--logging.level.root=WARN",
      ].join(" "),
  },
  "go-gin": {
    files: {
      "go-gin/main.go": "cmd/benchminimal/main.go",
      "go/products.go": "cmd/benchminimal/products.go",
    },
    build: "go build -o bin/benchminimal ./cmd/benchminimal",
    start: () => "bin/benchminimal",
  },
  "go-echo": {
    files: {
      "go-echo/main.go": "cmd/benchminimal/main.go",
      "go/products.go": "cmd/benchminimal/products.go",
    },
    build: "go build -o bin/benchminimal ./cmd/benchminimal",
    start: () => "bin/benchminimal",
  },
};

export function copyMinimalHandler(handler: MinimalHandler, project: string): void {
  for (const [from, to] of Object.entries(handler.files)) {
    mkdirSync(dirname(join(project, to)), { recursive: true });
    copyFileSync(join(FOLDER, from), join(project, to));
  }
}
