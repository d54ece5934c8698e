import { MicroforgeError } from "../errors.js";

export const FILE_MODE = 0o644;
export const EXECUTABLE_MODE = 0o755;

export interface GeneratedFile {
  path: string;
  content: string;
  mode: number;
}

/**
 * The in-memory project: path → content and mode. Contents are normalised on the way in (LF
 * line endings, exactly one final newline) and files are listed in sorted path order, so the
 * same input always gives the same bytes.
 */
export class FileTree {
  readonly #files = new Map<string, GeneratedFile>();

  add(path: string, content: string, mode: number = FILE_MODE): void {
    const normalized = normalizePath(path);
    if (this.#files.has(normalized)) {
      throw new MicroforgeError(
        "TEMPLATE_FAILED",
        `two templates produce the same file: ${normalized}`,
      );
    }
    this.#files.set(normalized, { path: normalized, content: normalizeContent(content), mode });
  }

  get(path: string): GeneratedFile | undefined {
    return this.#files.get(path);
  }

  has(path: string): boolean {
    return this.#files.has(path);
  }

  get size(): number {
    return this.#files.size;
  }

  /** Every file, sorted by path (code-unit order, the same on every machine). */
  list(): GeneratedFile[] {
    return [...this.#files.values()].sort((a, b) =>
      a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
    );
  }
}

export function normalizeContent(content: string): string {
  const unix = content.replace(/\r\n?/g, "\n");
  if (unix.trim() === "") return "";
  return `${unix.replace(/\n+$/, "")}\n`;
}

function normalizePath(path: string): string {
  const normalized = path.replace(/\\/g, "/").replace(/^\.\//, "");
  const segments = normalized.split("/");
  if (
    normalized.startsWith("/") ||
    segments.some((segment) => segment === "" || segment === "." || segment === "..")
  ) {
    throw new MicroforgeError("TEMPLATE_FAILED", `invalid output path: ${path}`);
  }
  return normalized;
}
