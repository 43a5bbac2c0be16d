import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Lang } from "../../content/ids.ts";
import type { Model } from "../../model/build-model.ts";
import { epubUrl, outputPathFor } from "../../model/urls.ts";
import { text, type PageContext } from "../../site/pages/page-context.ts";
import { openCache } from "../../site/open-cache.ts";
import { siteAddress } from "../../site/share/attach-share-meta.ts";
import { loadUiStrings } from "../../site/ui-strings.ts";
import { fontFaces, fontFiles } from "../../site/write-assets.ts";
import { createMarkdown } from "../../text/markdown/create-markdown.ts";
import { dossierBook } from "./dossier-book.ts";
import { packEpub } from "./pack-epub.ts";

/** Bytes of each dossier's EPUB, per language, for the dossier page's download link. */
export type EpubSizes = Record<string, Partial<Record<Lang, number>>>;

/**
 * Writes `/<lang>/<dossier>/<dossier>.epub` for every dossier language. Each book is kept in
 * milaff's cache folder (epub/) under a hash of everything it is made from (the dossier's revision:
 * milaff's code, layouts, site settings, the dossier's content and media), so an unchanged
 * dossier costs a copy; books no longer made are removed from the cache. Without a cache
 * (the folder is not milaff's), every book is made.
 */
export async function writeEpubs(model: Model, outDir: string, options: { base: string; layoutsDir: string; revisions: Map<string, string>; cacheDir?: string }): Promise<EpubSizes> {
  const { base, layoutsDir } = options;
  const cacheDir = options.cacheDir ? await openCache(options.cacheDir, "epub") : null;
  let parts: { ctx: PageContext; css: string; fonts: string[] } | undefined;
  const prepare = async () => {
    const ctx: PageContext = { model, strings: await loadUiStrings(layoutsDir, model.languages), base, md: createMarkdown() };
    const css = `${await fontFaces((file) => `../fonts/${file}`)}\n${readFileSync(path.join(layoutsDir, "epub", "book.css"), "utf8")}`;
    return { ctx, css, fonts: fontFiles() };
  };
  const sizes: EpubSizes = {};
  const kept = new Set<string>();
  for (const dossier of model.dossiers) {
    const revision = options.revisions.get(dossier.id)!;
    sizes[dossier.id] = {};
    for (const lang of dossier.languages) {
      const key = `${createHash("sha256").update(`${revision}\0${lang}`).digest("hex").slice(0, 24)}.epub`;
      const cached = cacheDir && path.join(cacheDir, key);
      const target = path.join(outDir, outputPathFor(epubUrl(lang, dossier.id)));
      mkdirSync(path.dirname(target), { recursive: true });
      kept.add(key);
      if (!cached || !existsSync(cached)) {
        parts ??= await prepare();
        const { ctx, css, fonts } = parts;
        const siteUrl = siteAddress(ctx);
        const bytes = packEpub({
          book: dossierBook(ctx, dossier, lang),
          identifier: siteUrl ? `${siteUrl}${lang}/${dossier.id}/` : `urn:milaff:${dossier.id}:${lang}`,
          publisher: model.site.title[lang],
          contentsTitle: text(ctx, lang, "offline.epub_contents"),
          css,
          fonts,
        });
        writeFileSync(target, bytes);
        // Written whole or not at all: a build stopped midway leaves no broken book in the cache.
        if (cached) {
          writeFileSync(`${cached}.tmp`, bytes);
          renameSync(`${cached}.tmp`, cached);
        }
      } else copyFileSync(cached, target);
      sizes[dossier.id]![lang] = statSync(target).size;
    }
  }
  // Only milaff's own book files, by their names.
  if (cacheDir) for (const file of readdirSync(cacheDir)) if (/^[0-9a-f]{24}\.epub$/.test(file) && !kept.has(file)) rmSync(path.join(cacheDir, file));
  return sizes;
}
