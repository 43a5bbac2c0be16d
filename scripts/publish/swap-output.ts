import { mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import { fileExists } from "../content/file-exists.ts";
import path from "node:path";

/*
 * A build writes into a fresh folder beside the output and replaces the output only when
 * every step succeeded, so a failed build never touches the published site.
 */

/** A new empty folder next to `outDir` (same file system, so the final rename is atomic). */
export async function createStagingDir(outDir: string): Promise<string> {
  const parent = path.dirname(path.resolve(outDir));
  await mkdir(parent, { recursive: true });
  return mkdtemp(path.join(parent, `${path.basename(outDir)}.building-`));
}

/** Puts the staged site in place of `outDir`, then removes the previous one. */
export async function swapIntoPlace(stagingDir: string, outDir: string): Promise<void> {
  const target = path.resolve(outDir);
  const exists = await fileExists(target);
  const old = `${target}.old-${process.pid}-${Date.now()}`;
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
