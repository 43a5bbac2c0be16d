import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Dossier, Model } from "../model/build-model.ts";
import { entityUrl, homeUrl, landingUrl, outputPathFor, withBase } from "../model/urls.ts";
import type { OfflineFile } from "../browser/offline/offline-list.ts";
import type { PagefindLayout } from "./read-pagefind-layout.ts";

/*
 * The files saving one dossier stores, from what was written: its folders in every language
 * (pages, feeds), its search texts and media, the entity pages it links to, the home pages,
 * and Pagefind's files for searching it. Only those folders are walked, and sizes come
 * from stat: nothing is read.
 */

/** Written under a dossier's folders but not needed to read it offline: its EPUBs (a download of their own) and social-card images. */
const NOT_FOR_READING = /\.(epub|png|jpe?g|webp)$/i;

/** The address of a written file: `ar/d/index.html` → `/ar/d/`. */
const urlOf = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, "$1")}`;

export interface FileSizes {
  size(file: string): number;
}

/** Sizes of written files, each stat'ed once however many dossiers share it. */
export function fileSizes(outDir: string): FileSizes {
  const known = new Map<string, number>();
  return {
    size(file) {
      let bytes = known.get(file);
      if (bytes === undefined) known.set(file, (bytes = statSync(path.join(outDir, file)).size));
      return bytes;
    },
  };
}

/** Every file under `dir` (relative to outDir), sorted; none if it was not written. */
function walk(outDir: string, dir: string): string[] {
  if (!existsSync(path.join(outDir, dir))) return [];
  const files: string[] = [];
  for (const entry of readdirSync(path.join(outDir, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) files.push(...walk(outDir, rel));
    else files.push(rel);
  }
  return files;
}

export function dossierFiles(model: Model, dossier: Dossier, outDir: string, base: string, sizes: FileSizes, pagefind: PagefindLayout): OfflineFile[] {
  const files: OfflineFile[] = [];
  const add = (file: string, kind: OfflineFile[2]) => files.push([withBase(base, urlOf(file)), sizes.size(file), kind]);
  for (const lang of model.languages) {
    for (const file of walk(outDir, `${lang}/${dossier.id}`)) if (!NOT_FOR_READING.test(file)) add(file, "d");
    for (const file of walk(outDir, `search-text/${lang}/${dossier.id}`)) add(file, "d");
  }
  for (const file of walk(outDir, `media/${dossier.id}`)) add(file, "d");
  for (const lang of model.languages) {
    add(outputPathFor(homeUrl(lang)), "s");
    for (const { entity } of dossier.entities) add(outputPathFor(entityUrl(lang, entity.kind, entity.id)), "s");
  }
  add(outputPathFor(landingUrl()), "s");
  const own = pagefind.dossiers.get(dossier.id)?.fragments ?? [];
  for (const file of [...pagefind.shared, ...own]) add(`pagefind/${file}`, "i");
  return files;
}
