import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";

/** Where the suite keeps the tools it installs: one folder per tool and version. */
export function resolveToolsRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MICROFORGE_TOOLS_DIR) return env.MICROFORGE_TOOLS_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "microforge-tools");
}

const COMPLETE_MARKER = ".complete";
/** A lock older than this is left over from a killed install (the slowest build takes ~6 min). */
const STALE_LOCK_MS = 30 * 60_000;
const LOCK_POLL_MS = 1_000;

export interface CachedInstall {
  dir: string;
  /** True when the folder was already there and nothing was installed. */
  cached: boolean;
  durationMs: number;
}

/**
 * Returns the folder holding a tool, installing it first when it is missing. The install runs
 * into a scratch folder that is renamed into place once it succeeded, under a lock, so test
 * workers running side by side install each tool once and never see half an install.
 */
export async function ensureCachedInstall(
  dir: string,
  install: (target: string) => Promise<void>,
): Promise<CachedInstall> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  if (isComplete(dir)) return { dir, cached: true, durationMs: elapsed() };
  return withLock(`${dir}.lock`, async () => {
    if (isComplete(dir)) return { dir, cached: true, durationMs: elapsed() };
    const scratch = `${dir}.partial`;
    await rm(scratch, { recursive: true, force: true });
    await mkdir(scratch, { recursive: true });
    try {
      await install(scratch);
      await writeFile(join(scratch, COMPLETE_MARKER), `${new Date().toISOString()}\n`);
      await rm(dir, { recursive: true, force: true });
      await rename(scratch, dir);
    } catch (error) {
      await rm(scratch, { recursive: true, force: true });
      throw error;
    }
    return { dir, cached: false, durationMs: elapsed() };
  });
}

function isComplete(dir: string): boolean {
  return existsSync(join(dir, COMPLETE_MARKER));
}

async function withLock<T>(lock: string, action: () => Promise<T>): Promise<T> {
  await mkdir(join(lock, ".."), { recursive: true });
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (await isStale(lock)) await rm(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
    }
  }
  try {
    await writeFile(join(lock, "pid"), String(process.pid));
    return await action();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/** A lock whose owner has exited, or that is older than any install takes. */
async function isStale(lock: string): Promise<boolean> {
  try {
    const info = await stat(lock);
    if (Date.now() - info.mtimeMs > STALE_LOCK_MS) return true;
    const pid = Number(await readFile(join(lock, "pid"), "utf8"));
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ESRCH: the owner is gone. ENOENT: the lock vanished or has no pid yet (keep waiting).
    return code === "ESRCH";
  }
}
