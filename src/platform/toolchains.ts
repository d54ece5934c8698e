/**
 * What the generated CI/CD pipelines know about each language's toolchain: how GitHub Actions
 * sets it up, which image GitLab and Jenkins jobs run in, and where its package cache lives.
 * A stack names its toolchain; every pinned version is here, once.
 */

export const TOOLCHAIN_IDS = ["python", "node", "java", "go"] as const;
export type ToolchainId = (typeof TOOLCHAIN_IDS)[number];

/** A GitHub Actions step, as the workflow templates print it. */
export interface WorkflowStep {
  name: string;
  uses?: string;
  run?: string;
  with?: Readonly<Record<string, string>>;
}

export interface Toolchain {
  id: ToolchainId;
  /** The toolchain's version as CI installs it. */
  version: string;
  /** GitHub Actions steps after checkout: install the toolchain and restore its package cache. */
  githubSteps: readonly WorkflowStep[];
  /** The image GitLab CI and Jenkins run the stack's jobs in. */
  image: string;
  /** Commands a job in that image runs before the stack's own (e.g. installing uv). */
  prepare: readonly string[];
  /** Variables that put the package cache inside the project, where GitLab CI can cache it. */
  cacheVariables: Readonly<Record<string, string>>;
  cachePaths: readonly string[];
  /** The lock files whose content keys the cache. */
  cacheKeyFiles: readonly string[];
}

/** Actions the workflows use, each pinned to a release. */
export const ACTIONS = {
  checkout: "actions/checkout@v6.0.2",
  cache: "actions/cache@v5.0.1",
  setupPython: "actions/setup-python@v6.2.0",
  setupNode: "actions/setup-node@v6.0.0",
  setupJava: "actions/setup-java@v6.0.0",
  setupGo: "actions/setup-go@v6.4.0",
  setupBuildx: "docker/setup-buildx-action@v3.11.1",
  login: "docker/login-action@v3.4.0",
  buildPush: "docker/build-push-action@v6.18.0",
  trivy: "aquasecurity/trivy-action@v0.36.0",
  setupKubectl: "azure/setup-kubectl@v4.0.0",
  setupHelm: "azure/setup-helm@v4.3.0",
} as const;

/** Images the pipelines run beside the toolchains', pinned. */
export const PIPELINE_IMAGES = {
  postgres: "postgres:18.1-alpine",
  docker: "docker:28.2",
  dockerDaemon: "docker:28.2-dind",
  trivy: "aquasec/trivy:0.74.0",
  deploy: "alpine/k8s:1.33.4",
} as const;

const UV_VERSION = "0.13.9";

const TOOLCHAINS: Readonly<Record<ToolchainId, Toolchain>> = {
  python: {
    id: "python",
    version: "3.14",
    githubSteps: [
      { name: "Set up Python", uses: ACTIONS.setupPython, with: { "python-version": "3.14" } },
      { name: "Install uv", run: `pip install uv==${UV_VERSION}` },
      {
        name: "Cache uv's downloads",
        uses: ACTIONS.cache,
        with: {
          path: "~/.cache/uv",
          // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression
          key: "uv-${{ runner.os }}-${{ hashFiles('uv.lock') }}",
        },
      },
    ],
    image: "python:3.14-slim-trixie",
    prepare: [`pip install --quiet uv==${UV_VERSION}`],
    cacheVariables: { UV_CACHE_DIR: ".cache/uv" },
    cachePaths: [".cache/uv"],
    cacheKeyFiles: ["uv.lock"],
  },
  node: {
    id: "node",
    version: "24",
    githubSteps: [
      {
        name: "Set up Node.js",
        uses: ACTIONS.setupNode,
        with: { "node-version": "24", cache: "npm" },
      },
    ],
    image: "node:24-trixie-slim",
    prepare: [],
    cacheVariables: { npm_config_cache: ".npm" },
    cachePaths: [".npm"],
    cacheKeyFiles: ["package-lock.json"],
  },
  java: {
    id: "java",
    version: "17",
    githubSteps: [
      {
        name: "Set up Java",
        uses: ACTIONS.setupJava,
        with: { distribution: "temurin", "java-version": "17", cache: "maven" },
      },
    ],
    image: "eclipse-temurin:17-jdk",
    prepare: [],
    cacheVariables: { MAVEN_OPTS: "-Dmaven.repo.local=.m2/repository" },
    cachePaths: [".m2/repository"],
    cacheKeyFiles: ["pom.xml"],
  },
  go: {
    id: "go",
    version: "1.26",
    githubSteps: [
      { name: "Set up Go", uses: ACTIONS.setupGo, with: { "go-version-file": "go.mod" } },
    ],
    image: "golang:1.26",
    prepare: [],
    cacheVariables: { GOMODCACHE: "$CI_PROJECT_DIR/.go/mod", GOCACHE: "$CI_PROJECT_DIR/.go/build" },
    cachePaths: [".go/"],
    cacheKeyFiles: ["go.sum"],
  },
};

export function describeToolchain(id: ToolchainId): Toolchain {
  return TOOLCHAINS[id];
}
