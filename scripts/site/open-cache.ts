import { mkdir, readdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";

const MARKER = "milaff-cache.txt";
const MARKER_TEXT = "Made by milaff: cached social cards, e-books and search index, safe to delete. milaff writes and removes files in this folder.\n";

/** milaff's cache folder: beside the content folder, kept between builds. */
export const cacheFolder = (contentDir: string): string => path.join(contentDir, "..", ".milaff-cache");

/**
 * One part (`sub`) of milaff's cache folder beside the content, made if needed; null when the
 * folder holds files without milaff's marker: milaff never writes into a folder it did not make.
 */
export async function openCache(dir: string, sub: string): Promise<string | null> {
  const marker = path.join(dir, MARKER);
  if (!(await stat(marker).catch(() => null))) {
    if ((await readdir(dir).catch(() => [])).length) return null;
    await mkdir(dir, { recursive: true });
    await writeFile(marker, MARKER_TEXT);
  }
  await mkdir(path.join(dir, sub), { recursive: true });
  return path.join(dir, sub);
}
