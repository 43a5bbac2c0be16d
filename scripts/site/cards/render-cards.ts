import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { outputPathFor } from "../../model/urls.ts";
import type { SitePages } from "../pages/build-pages.ts";
import { openCache } from "../open-cache.ts";
import { cardUrl } from "../share/share-urls.ts";
import { cardDrawer } from "./card-drawer.ts";
import type { CardContent } from "./card-svg.ts";
import { fontFiles } from "./shape-text.ts";

/*
 * A 1200 × 630 social card per article version, dossier and home page, written beside the
 * page as card.png. Cards are cached by a hash of what they show (and of the fonts and this
 * code's version), in a folder milaff owns beside the content folder, so an unchanged card
 * is copied, not drawn again.
 */

/** Bump when the drawing changes, so that cached cards are drawn anew. */
const CARD_VERSION = "2";
/** Cards drawn at once: resvg and deflate run on libuv's thread pool while Eleventy renders on the main thread. */
const PARALLEL = 4;

export interface CardReport {
  rendered: number;
  reused: number;
  /** Why the cache was not used, if it was not. */
  cacheSkipped?: string;
}

interface CardJob {
  url: string;
  content: CardContent;
}

/** The cards of a site: what each shows, from the page data. */
export function cardJobs(pages: SitePages): CardJob[] {
  const jobs: CardJob[] = [];
  for (const p of pages.article) jobs.push({ url: cardUrl(p.url), content: { lang: p.lang, dir: p.dir, kicker: p.dossier.title, title: p.article.title, footer: `${p.siteTitle}${p.separator}${p.article.dateText}` } });
  for (const p of pages.dossier) jobs.push({ url: cardUrl(p.url), content: { lang: p.lang, dir: p.dir, kicker: p.siteTitle, title: p.heading, footer: p.countText } });
  for (const p of pages.home) jobs.push({ url: cardUrl(p.url), content: { lang: p.lang, dir: p.dir, title: p.heading, footer: p.description } });
  return jobs;
}

async function fontsHash(): Promise<string> {
  const hash = createHash("sha256").update(CARD_VERSION);
  for (const file of fontFiles()) hash.update(await readFile(file));
  return hash.digest("hex");
}

async function writeAside(file: string, png: Buffer): Promise<void> {
  // A name of this thread's own: a build and milaff serve may write the same cached card at once.
  const part = `${file}.${process.pid}-${threadId}.part`;
  await writeFile(part, png);
  await rename(part, file);
}

/**
 * Writes every card into outDir, drawing only those the cache does not hold. `prune: false`
 * (milaff serve, giving only the pages an edit changed) keeps the cards of the other pages cached.
 */
export async function renderCards(pages: SitePages, outDir: string, cacheDir: string | undefined, { prune = true } = {}): Promise<CardReport> {
  const jobs = cardJobs(pages);
  const cards = cacheDir ? await openCache(cacheDir, "cards") : null;
  const salt = await fontsHash();
  const report: CardReport = { rendered: 0, reused: 0, cacheSkipped: cacheDir && !cards ? `${cacheDir} exists and is not milaff's` : undefined };
  // Cards that show the same thing (two articles with one title and date) are drawn once.
  const targets = new Map<string, { content: CardContent; files: string[] }>();
  for (const job of jobs) {
    const name = `${createHash("sha256").update(salt).update(JSON.stringify(job.content)).digest("hex")}.png`;
    const entry = targets.get(name) ?? { content: job.content, files: [] };
    entry.files.push(path.join(outDir, outputPathFor(job.url)));
    targets.set(name, entry);
  }
  const held = new Set(cards ? await readdir(cards) : []);
  const drawer = cardDrawer([...targets.keys()].filter((name) => !held.has(name)).length);
  const queue = [...targets];
  let taken = 0;
  const drain = async () => {
    while (taken < queue.length) {
      const [name, { content, files }] = queue[taken++]!;
      await Promise.all(files.map((f) => mkdir(path.dirname(f), { recursive: true })));
      const cached = cards && held.has(name) ? await readFile(path.join(cards, name)).catch(() => null) : null;
      const png = cached ?? (await drawer.draw(content));
      // Written aside, then renamed: milaff serve's readers never get half a card, nor an interrupted build half a cached one.
      await Promise.all(files.map((f) => writeAside(f, png)));
      if (cached) report.reused += files.length;
      else {
        report.rendered += files.length;
        if (cards) await writeAside(path.join(cards, name), png);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: PARALLEL }, drain));
  } finally {
    await drawer.close();
  }
  // Cards no page shows any more leave the cache (only milaff's own card files, by their names).
  if (cards && prune) for (const file of held) if (/^[0-9a-f]{64}\.png$/.test(file) && !targets.has(file)) await rm(path.join(cards, file));
  return report;
}
