import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Dossier, Model } from "../model/build-model.ts";

/*
 * Revisions say when a saved copy may be out of date, from what pages are made of rather
 * than from the pages themselves: reading and hashing every written page would cost a large
 * site seconds. A page is made by milaff's code and layouts from the content, so a dossier's
 * pages can only change when one of those does.
 */

const TOOL_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

function hashFolder(hash: ReturnType<typeof createHash>, dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) hashFolder(hash, file);
    else hash.update(`${entry.name}\0`).update(readFileSync(file));
  }
}

/** milaff's code, its dependencies' versions, the layouts and strings, the base path and site-wide settings. */
function siteRevision(model: Model, layoutsDir: string, base: string): string {
  const hash = createHash("sha256");
  hashFolder(hash, path.join(TOOL_ROOT, "scripts"));
  hashFolder(hash, layoutsDir);
  for (const file of ["package.json", "package-lock.json"]) {
    try {
      hash.update(readFileSync(path.join(TOOL_ROOT, file)));
    } catch {
      // Installed as a dependency, milaff has no lock file of its own: its package.json names its version.
    }
  }
  hash.update(JSON.stringify({ base, site: model.site, entities: model.entities.map((e) => [e.kind, e.id, e.names, e.about]) }));
  return hash.digest("hex").slice(0, 16);
}

/** A dossier's pages change only with the site revision, its own content files or its media. */
function dossierRevision(dossier: Dossier, siteRev: string): string {
  const hash = createHash("sha256").update(siteRev);
  for (const version of Object.values(dossier.versions)) hash.update(JSON.stringify([version.data, version.body]));
  for (const article of dossier.articles) {
    for (const version of Object.values(article.versions)) hash.update(JSON.stringify([version.data, version.body]));
  }
  for (const file of dossier.media) hash.update(`${file}\0`).update(readFileSync(path.join(dossier.dir, file)));
  return hash.digest("hex").slice(0, 16);
}

/**
 * Each dossier's revision, by id. Made once per build and shared by the EPUBs and the offline
 * lists: it hashes milaff's code, the layouts and every media file.
 */
export function dossierRevisions(model: Model, layoutsDir: string, base: string): Map<string, string> {
  const siteRev = siteRevision(model, layoutsDir, base);
  return new Map(model.dossiers.map((dossier) => [dossier.id, dossierRevision(dossier, siteRev)]));
}
