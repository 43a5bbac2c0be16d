import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** Every file under dir with a hash of its bytes: equal snapshots mean nothing was touched. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const result: Record<string, string> = {};
  for (const e of entries.filter((x) => x.isFile())) {
    const file = path.join(e.parentPath, e.name);
    result[path.relative(dir, file)] = createHash("sha256").update(await readFile(file)).digest("hex");
  }
  return result;
}
