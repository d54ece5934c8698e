// Compiles src/ to dist/ (the library, with declarations), copies the template folders beside
// the compiled code, and bundles the command line into dist/cli.js: one file to load instead of
// a few hundred modules, which is most of `microforge new`'s start-up.
import { execFileSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "src");
const dist = join(root, "dist");

await rm(dist, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [join(root, "node_modules/typescript/bin/tsc"), "-p", join(root, "tsconfig.build.json")],
  { stdio: "inherit" },
);

const { compileTemplateToString, hashTemplate } = await import(join(dist, "engine/render.js"));

function copyTemplates(folder) {
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry);
    if (!statSync(path).isDirectory()) continue;
    if (entry !== "templates") {
      copyTemplates(path);
      continue;
    }
    const target = join(dist, relative(src, path));
    cpSync(path, target, { recursive: true });
    writeFileSync(join(target, "compiled.cjs"), describeCompiledTemplates(path));
  }
}

/** Every Eta template of a folder compiled ahead of time, so a run does not compile it. */
function describeCompiledTemplates(folder) {
  const templates = readdirSync(folder, { recursive: true })
    .filter((path) => path.endsWith(".eta"))
    .sort()
    .map((path) => readFileSync(join(folder, path), "utf8"));
  const functions = [...new Set(templates)].map(
    (source) =>
      `  "${hashTemplate(source)}": function (it, options) {\n${compileTemplateToString(source)}\n  },\n`,
  );
  return `"use strict";\n// Written by scripts/build.mjs: each template's function, by the SHA-256 of its source.\nmodule.exports = {\n${functions.join("")}};\n`;
}
copyTemplates(src);

/**
 * Modules find their templates with `new URL("./templates/", import.meta.url)`. In the bundle
 * every module shares dist/cli.js's URL, so each module's own folder is put back in front.
 */
const moduleUrls = {
  name: "module-urls",
  setup(bundle) {
    bundle.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      const folder = relative(src, dirname(args.path));
      const contents = text.replaceAll(
        "import.meta.url",
        `new URL("./${folder}/", import.meta.url)`,
      );
      return { contents, loader: "ts" };
    });
  },
};

await build({
  entryPoints: { cli: join(src, "cli/main.ts") },
  outdir: dist,
  // What the code imports lazily (a command, the prompts) is a chunk of its own, loaded when
  // used. Chunks sit beside cli.js, so every module's folder is relative to dist/.
  chunkNames: "cli-[name]-[hash]",
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  plugins: [moduleUrls],
  // CommonJS dependencies bundled into an ES module still call require().
  banner: {
    js: 'import { createRequire as createBundleRequire } from "node:module";\nconst require = createBundleRequire(import.meta.url);',
  },
  logLevel: "warning",
});
