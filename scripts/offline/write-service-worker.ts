import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
// The package's index loads every Workbox tool (Rollup and Babel among them: half a second of every build's start); milaff uses one.
import { getManifest } from "workbox-build/build/get-manifest.js";
import { outputPathFor, serviceWorkerUrl } from "../model/urls.ts";

const WORKER_SOURCE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "browser", "offline", "service-worker.ts");

/**
 * The app shell, precached by Workbox with a revision per file: stylesheets, fonts, scripts,
 * icons, Pagefind's runtime, WebAssembly, entry and metadata, the search and offline pages,
 * the manifests (and, added by the caller, the dossier sizes). Pages, images and the index chunks are not: they are
 * kept when read, or saved per dossier.
 */
const SHELL = [
  "assets/*.{css,js}",
  "assets/fonts/*",
  "assets/icons/*",
  "pagefind/pagefind.js",
  "pagefind/pagefind-worker.js",
  "pagefind/pagefind-entry.json",
  "pagefind/*.pf_meta",
  "pagefind/wasm.*.pagefind",
  "*/search/index.html",
  "*/offline/index.html",
  "*/manifest.webmanifest",
];

export interface ShellManifest {
  entries: { url: string; revision: string | null }[];
  bytes: number;
}

/** Lists the shell with Workbox's revisions (hashes of the few shell files; names that carry a hash need none). */
export async function shellManifest(outDir: string, base: string): Promise<ShellManifest> {
  const { manifestEntries, size, warnings } = await getManifest({
    globDirectory: outDir,
    globPatterns: SHELL,
    dontCacheBustURLsMatching: /\.[0-9a-f]{10}\.(css|js)$/,
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
    modifyURLPrefix: { "": base },
  });
  if (warnings.length) throw new Error(`The service worker's precache list could not be made: ${warnings.join("; ")}`);
  const entries = manifestEntries.map(({ url, revision }) => ({ url, revision })).sort((a, b) => (a.url < b.url ? -1 : 1));
  return { entries, bytes: size };
}

/** The service worker, bundled with the Workbox modules it uses, carrying the version and the shell. */
export async function writeServiceWorker(outDir: string, base: string, languages: string[], version: string, shell: ShellManifest): Promise<void> {
  const config = { version, base, languages, precache: shell.entries };
  await build({
    entryPoints: [WORKER_SOURCE],
    outfile: path.join(outDir, outputPathFor(serviceWorkerUrl())),
    bundle: true,
    format: "iife",
    target: "es2022",
    minify: true,
    legalComments: "none",
    // Workbox logs and checks arguments in development builds only.
    define: { __MILAFF_OFFLINE__: JSON.stringify(config), "process.env.NODE_ENV": '"production"' },
  });
}

/** One version for the whole build: a change to any shell file or any dossier's list makes a new one. */
export function buildVersion(shell: ShellManifest, lists: string[]): string {
  const hash = createHash("sha256").update(JSON.stringify(shell.entries));
  for (const list of lists) hash.update(list);
  return hash.digest("hex").slice(0, 16);
}
