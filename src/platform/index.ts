import type { FileEntry } from "../engine/types.js";
import { createTemplateFolder } from "./template-folder.js";

/** Stack-independent files, fed by the stack descriptor's commands through the view model. */
export const PLATFORM_FILES: readonly FileEntry[] = [
  { template: ".dockerignore.eta" },
  { template: ".editorconfig" },
  { template: ".env.example.eta" },
  { template: ".gitignore.eta" },
  { template: "docker-compose.yml.eta" },
  { template: "entrypoint.sh.eta", executable: true },
  { template: "Makefile.eta" },
  { template: "README.md.eta" },
];

export const platformTemplates = createTemplateFolder(new URL("./templates/", import.meta.url));
