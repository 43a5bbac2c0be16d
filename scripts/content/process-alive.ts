import { readdir, rm } from "node:fs/promises";
import path from "node:path";

/** Whether the process `pid` is running (on this machine): what a killed run left behind carries its id. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the folders in `parent` named `<prefix><pid>-…` whose process is gone: what killed runs
 * left (Ctrl-C ends milaff at once). Returns how many.
 */
export async function removeDeadProcessFolders(parent: string, prefix: string): Promise<number> {
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\d+)-`);
  let removed = 0;
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    const pid = pattern.exec(name)?.[1];
    if (!pid || Number(pid) === process.pid || processAlive(Number(pid))) continue;
    // Best effort: another user's leftover in a shared folder (/dev/shm) is not ours to remove.
    if (await rm(path.join(parent, name), { recursive: true, force: true }).then(() => true, () => false)) removed++;
  }
  return removed;
}
