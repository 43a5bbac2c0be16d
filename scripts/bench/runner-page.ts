import { writeFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";

export interface SearchFunctions {
  milaffSearch(query: string, limit?: number): Promise<{ urls: string[]; total: number; ms: number }>;
  defaultSearch(query: string, limit?: number): Promise<{ urls: string[]; total: number; ms: number }>;
}

/** Writes <name>-<lang>.html (and the script they share) into dir: a page that searches both indexes. */
export async function writeRunnerPages(dir: string, indexes: { milaff: string; default: string }, name = "runner"): Promise<void> {
  const bundle = await build({ entryPoints: [path.join(import.meta.dirname, "browser", "search-runner.ts")], bundle: true, format: "esm", minify: true, write: false });
  await writeFile(path.join(dir, "search-runner.js"), bundle.outputFiles[0]!.contents);
  for (const lang of ["ar", "en"]) {
    await writeFile(
      path.join(dir, `${name}-${lang}.html`),
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body><script type="module" src="/search-runner.js" data-milaff="${indexes.milaff}" data-default="${indexes.default}"></script></body></html>`,
    );
  }
}
