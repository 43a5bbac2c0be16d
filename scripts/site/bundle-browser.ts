import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { withBase } from "../model/urls.ts";

/** Browser code, read from its sources wherever milaff runs from. */
export const BROWSER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "browser");

/** Script entry points, each bundled (with the analyzer it shares with the indexer) into one file. */
const ENTRIES = {
  search: path.join(BROWSER_DIR, "search", "search-page.ts"),
  page: path.join(BROWSER_DIR, "page.ts"),
  // A classic script (no imports, no exports), loaded synchronously by alias pages.
  redirect: path.join(BROWSER_DIR, "share", "alias-redirect.ts"),
};

export type BrowserScripts = Record<keyof typeof ENTRIES, string>;

/** One script and everything it imports, as one minified file. `entry` is a path under scripts/browser/. */
export async function bundleBrowserEntry(entry: string): Promise<Uint8Array> {
  const result = await build({ entryPoints: [path.resolve(BROWSER_DIR, entry)], bundle: true, format: "esm", target: "es2022", minify: true, write: false, legalComments: "none" });
  return result.outputFiles[0]!.contents;
}

/** Bundles the browser code into /assets/, named by content hash; returns each script's URL. */
export async function bundleBrowserScripts(outDir: string, base: string): Promise<BrowserScripts> {
  const urls = {} as BrowserScripts;
  for (const [name, entry] of Object.entries(ENTRIES) as [keyof BrowserScripts, string][]) {
    const code = await bundleBrowserEntry(entry);
    const file = `${name}.${createHash("sha256").update(code).digest("hex").slice(0, 10)}.js`;
    await writeFile(path.join(outDir, "assets", file), code);
    urls[name] = withBase(base, `/assets/${file}`);
  }
  return urls;
}
