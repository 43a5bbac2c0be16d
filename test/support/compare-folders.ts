import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** The files under `dir`, as sorted paths inside it. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

/** How two folders differ: files in one only, and files whose bytes differ. */
export async function folderDifferences(a: string, b: string): Promise<string[]> {
  const [listA, listB] = [await filesUnder(a), await filesUnder(b)];
  const differ = [...listA.filter((f) => !listB.includes(f)).map((f) => `only in the first: ${f}`), ...listB.filter((f) => !listA.includes(f)).map((f) => `only in the second: ${f}`)];
  for (const file of listA.filter((f) => listB.includes(f))) {
    if (!(await readFile(path.join(a, file))).equals(await readFile(path.join(b, file)))) differ.push(`bytes differ: ${file}`);
  }
  return differ;
}
