import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pick } from "../model/pick-version.ts";
import type { Model } from "../model/build-model.ts";
import { dossierUrl, withBase } from "../model/urls.ts";
import { offlineIndexUrl, offlineListUrl, type OfflineIndex, type OfflineList } from "../browser/offline/offline-list.ts";
import { dossierFiles, fileSizes } from "./dossier-files.ts";
import { readPagefindLayout } from "./read-pagefind-layout.ts";
import { buildVersion, shellManifest, writeServiceWorker } from "./write-service-worker.ts";
import { writeWebManifests } from "./write-web-manifest.ts";

export interface OfflineReport {
  version: string;
  shellBytes: number;
  shellFiles: number;
  dossiers: number;
}

/**
 * Step 6 of the pipeline, once every other file is written (Pagefind's included): the web app
 * manifests and icons, each dossier's list of files to save (`/offline/<dossier>.json`), the
 * dossier sizes, and the service worker that precaches the shell, all carrying one version.
 */
export async function writeOffline(model: Model, outDir: string, options: { base: string; revisions: Map<string, string> }): Promise<OfflineReport> {
  const { base } = options;
  writeWebManifests(model, outDir, base);
  const pagefind = readPagefindLayout(path.join(outDir, "pagefind"));
  const sizes = fileSizes(outDir);
  const lists = model.dossiers.map((dossier): Omit<OfflineList, "version"> => {
    const files = dossierFiles(model, dossier, outDir, base, sizes, pagefind);
    const titles: Record<string, string> = {};
    const urls: Record<string, string> = {};
    for (const lang of dossier.languages) {
      titles[lang] = pick(dossier.versions, lang, dossier.languages).value.data.title;
      urls[lang] = withBase(base, dossierUrl(lang, dossier.id));
    }
    return {
      dossier: dossier.id,
      revision: options.revisions.get(dossier.id)!,
      titles,
      urls,
      bytes: files.reduce((sum, [, bytes]) => sum + bytes, 0),
      pages: pagefind.dossiers.get(dossier.id)?.pages ?? [],
      files,
    };
  });
  const shell = await shellManifest(outDir, base);
  const version = buildVersion(shell, lists.map((l) => JSON.stringify(l)));
  mkdirSync(path.join(outDir, "offline"), { recursive: true });
  const index: OfflineIndex = { version, dossiers: {} };
  for (const list of lists) {
    writeFileSync(path.join(outDir, offlineListUrl("", list.dossier)), JSON.stringify({ version, ...list }));
    index.dossiers[list.dossier] = { bytes: list.bytes, files: list.files.length };
  }
  const indexJson = JSON.stringify(index);
  writeFileSync(path.join(outDir, offlineIndexUrl("")), indexJson);
  shell.entries.push({ url: offlineIndexUrl(base), revision: createHash("sha256").update(indexJson).digest("hex").slice(0, 16) });
  await writeServiceWorker(outDir, base, model.languages, version, shell);
  return { version, shellBytes: shell.bytes + indexJson.length, shellFiles: shell.entries.length, dossiers: lists.length };
}
