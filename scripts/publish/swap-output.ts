import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from "node:fs/promises";
import { fileExists } from "../content/file-exists.ts";
import { processAlive } from "../content/process-alive.ts";
import path from "node:path";
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT } from "./output-folder.ts";

/*
 * A build writes into a fresh folder beside the output and replaces the output only when
 * every step succeeded, so a failed build never touches the published site. Folder names carry
 * the process id, so that what a killed build left behind is known as such and cleaned up.
 */

const staged = (outDir: string) => new RegExp(`^${path.basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(building|old)-(\\d+)-`);

/** A new folder next to `outDir` (same file system, so the final rename is atomic), marked as milaff's. */
export async function createStagingDir(outDir: string): Promise<string> {
  const parent = path.dirname(path.resolve(outDir));
  await mkdir(parent, { recursive: true });
  const dir = await mkdtemp(path.join(parent, `${path.basename(outDir)}.building-${process.pid}-`));
  await writeFile(path.join(dir, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
  return dir;
}

/**
 * Removes the staging folders of builds that were killed (their process is gone, and the folder
 * carries milaff's marker: nothing else is ever removed). A previous site set aside by a build
 * killed in the middle of publishing is put back when the output folder is missing.
 */
export async function cleanLeftovers(outDir: string): Promise<string[]> {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  const pattern = staged(target);
  const names = await readdir(parent).catch(() => [] as string[]);
  const leftovers = names
    .map((name) => ({ name, match: pattern.exec(name) }))
    .filter((e): e is { name: string; match: RegExpExecArray } => e.match !== null && !processAlive(Number(e.match[2])) && Number(e.match[2]) !== process.pid);
  const cleaned: string[] = [];
  for (const { name, match } of leftovers.sort((a, b) => b.name.localeCompare(a.name))) {
    const dir = path.join(parent, name);
    if (!(await fileExists(path.join(dir, OUTPUT_MARKER)))) continue;
    if (match[1] === "old" && !(await fileExists(target))) await rename(dir, target);
    else await rm(dir, { recursive: true, force: true });
    cleaned.push(dir);
  }
  return cleaned;
}

/** Puts the staged site in place of `outDir`, then removes the previous one. */
export async function swapIntoPlace(stagingDir: string, outDir: string): Promise<void> {
  const target = path.resolve(outDir);
  const exists = await fileExists(target);
  const old = path.join(path.dirname(target), `${path.basename(target)}.old-${process.pid}-${Date.now()}`);
  if (exists) await rename(target, old);
  try {
    await rename(stagingDir, target);
  } catch (error) {
    if (exists) await rename(old, target);
    throw error;
  }
  if (exists) await rm(old, { recursive: true, force: true });
}

export async function discardStagingDir(stagingDir: string): Promise<void> {
  await rm(stagingDir, { recursive: true, force: true });
}
