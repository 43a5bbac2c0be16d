import { readFile } from "node:fs/promises";
import path from "node:path";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import type { ContentWarning } from "../content/content-warning.ts";
import { LANGUAGES, parseContentFileName } from "../content/ids.ts";
import type { Model } from "../model/build-model.ts";
import { normalizeBase } from "../model/urls.ts";
import { buildSite, type BuildOptions, type SiteState } from "../publish/build-site.ts";
import { BROWSER_DIR, bundleBrowserEntry } from "../site/bundle-browser.ts";
import { cacheFolder } from "../site/open-cache.ts";
import { createRenderer, type SiteRenderer } from "../site/render-site.ts";
import { loadUiStrings } from "../site/ui-strings.ts";
import { createSearchUpdater, type SearchUpdate } from "./search-updates.ts";
import { updateSite, type ContentChanges } from "./update-site.ts";
import { watchFiles } from "./watch-files.ts";

/*
 * `milaff serve`: a first whole build, then, on every save, a rebuild of what the save touched
 * (update-site.ts), the browser reloaded, and the search index brought up to date behind it
 * (search-updates.ts). A failed rebuild leaves the last good site served and shows its problems
 * over the page (browser/dev/error-overlay.ts, served from /.milaff/ by this server only).
 */

export interface ServeOptions extends Omit<BuildOptions, "renderer"> {
  port: number;
}

/** What the command prints: each outcome, as it happens. */
export interface ServeEvents {
  built(result: { pages: number; ms: number; full: boolean; files: string[]; steps: { step: string; ms: number }[]; warnings: ContentWarning[] }): void;
  failed(error: unknown): void;
  searched(result: SearchUpdate | Error): void;
  listening(url: string): void;
}

export interface DevServerHandle {
  close(): Promise<void>;
}

/** What changed files touch: dossiers, or everything (layouts, site.yml, entities.yml: a whole build). */
interface Changes {
  everything: boolean;
  content: ContentChanges;
}

/** How long browsers take to reload a page after a rebuild, within reason (about 50 ms here): the search update waits that long. */
const RELOAD_MS = 300;

const noChanges = (): ContentChanges => ({ dossiers: new Set(), articlesOnly: new Map(), media: new Set() });

function changesOf(files: string[], contentDir: string): Changes {
  const changes: Changes = { everything: false, content: noChanges() };
  const { dossiers, articlesOnly, media } = changes.content;
  /** Dossiers where something other than an article's file changed. */
  const whole = new Set<string>();
  const dossiersDir = path.resolve(contentDir, "dossiers");
  for (const file of files) {
    const [dossier, inside, ...deeper] = path.relative(dossiersDir, file).split(path.sep);
    if (!dossier || dossier === ".." || inside === undefined) {
      changes.everything = true;
      continue;
    }
    dossiers.add(dossier);
    if (inside === "media") media.add(dossier);
    // An article's file, <id>.<language>.md, right in the dossier's folder.
    const article = deeper.length === 0 ? parseContentFileName(inside)?.id : undefined;
    if (!article || article === "dossier") whole.add(dossier);
    else articlesOnly.set(dossier, (articlesOnly.get(dossier) ?? new Set()).add(article));
  }
  for (const dossier of whole) articlesOnly.delete(dossier);
  return changes;
}

function mergeChanges(a: Changes, b: Changes): Changes {
  return {
    everything: a.everything || b.everything,
    content: {
      dossiers: new Set([...a.content.dossiers, ...b.content.dossiers]),
      // Only articles changed in a dossier if that is so in both (a dossier one of them does not name is unchanged there).
      articlesOnly: new Map(
        [...a.content.dossiers, ...b.content.dossiers]
          .filter((d) => (!a.content.dossiers.has(d) || a.content.articlesOnly.has(d)) && (!b.content.dossiers.has(d) || b.content.articlesOnly.has(d)))
          .map((d) => [d, new Set([...(a.content.articlesOnly.get(d) ?? []), ...(b.content.articlesOnly.get(d) ?? [])])]),
      ),
      media: new Set([...a.content.media, ...b.content.media]),
    },
  };
}

export async function serveSite(options: ServeOptions, events: ServeEvents): Promise<DevServerHandle> {
  const base = normalizeBase(options.base);
  const strings = await loadUiStrings(options.layoutsDir, [...LANGUAGES]);
  const status: { failed: boolean; message?: string; strings: Record<string, unknown> } = { failed: false, strings: Object.fromEntries(LANGUAGES.map((l) => [l, strings[l].dev])) };
  const overlay = { script: await bundleBrowserEntry("dev/error-overlay.ts"), css: await readFile(path.join(BROWSER_DIR, "dev", "error-overlay.css")) };

  let renderer: SiteRenderer = await createRenderer(options.layoutsDir, base);
  let site: { state: SiteState; model: Model } | undefined;
  const search = createSearchUpdater(options.outDir, base, cacheFolder(options.contentDir), (r) => events.searched(r));
  /** Changes not yet in a good build (a failed rebuild's are tried again with the next). */
  let waiting: Changes | undefined;

  const server = EleventyDevServer.getServer("milaff", options.outDir, {
    pathPrefix: base,
    showVersion: false,
    domDiff: false,
    logger: { info: () => {}, log: () => {}, error: (message) => console.error(message) },
    onRequest: {
      "/.milaff/status.json": () => ({ headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" }, body: JSON.stringify(status) }),
      "/.milaff/error-overlay.js": () => ({ headers: { "content-type": "text/javascript; charset=utf-8" }, body: overlay.script }),
      "/.milaff/error-overlay.css": () => ({ headers: { "content-type": "text/css; charset=utf-8" }, body: overlay.css }),
    },
  });
  // Every page served gets the overlay's script beside the live-reload one: an external file
  // (pages carry a strict Content-Security-Policy), never part of the built site.
  const addReload = server.augmentContentWithNotifier.bind(server);
  server.augmentContentWithNotifier = (content, ...rest) => addReload(content, ...rest).replace("</head>", `<script type="module" src="${base}.milaff/error-overlay.js"></script></head>`);

  const fail = (error: unknown) => {
    status.failed = true;
    status.message = error instanceof Error ? error.message : String(error);
    events.failed(error);
    server.sendError({ error: { message: status.message } });
  };

  /** Search updates waiting for the browsers' reloads to be served, in order (the updater takes them together). */
  const waitingIndex = new Map<NodeJS.Timeout, () => void>();
  const startIndex = (start: () => void) => {
    try {
      start();
    } catch (error) {
      events.searched(error instanceof Error ? error : new Error(String(error)));
    }
  };
  const indexSoon = (start: () => void) => {
    const timer = setTimeout(() => {
      waitingIndex.delete(timer);
      startIndex(start);
    }, RELOAD_MS);
    waitingIndex.set(timer, start);
  };
  const rebuild = async (files: string[] | undefined) => {
    const start = performance.now();
    const seen = files ? changesOf(files, options.contentDir) : { everything: true, content: noChanges() };
    const changes = waiting ? mergeChanges(waiting, seen) : seen;
    waiting = changes;
    const steps: { step: string; ms: number }[] = [];
    const onStep = (step: string, _detail: string, ms: number) => void steps.push({ step, ms });
    try {
      let reindex: () => void;
      if (!site || changes.everything) {
        // A new Eleventy for every whole build but the first: layouts may have changed, and it reads site-wide data once.
        if (files) {
          await renderer.close();
          renderer = await createRenderer(options.layoutsDir, base);
        }
        const result = await buildSite({ ...options, renderer, onStep });
        site = { state: result.site, model: result.model };
        events.built({ pages: result.pages, ms: performance.now() - start, full: true, files: [], steps, warnings: result.warnings });
        reindex = () => search.adopt(result.model, result.site.search);
      } else {
        const result = await updateSite({ ...options, renderer, onStep }, site.state, changes.content);
        site = { state: result.site, model: result.model };
        events.built({ pages: result.written.length, ms: performance.now() - start, full: false, files: [...result.written, ...result.removed], steps, warnings: result.warnings });
        reindex = () => search.update(result.model, changes.content.dossiers);
      }
      waiting = undefined;
      status.failed = false;
      status.message = undefined;
      server.reload({});
      // Once the browsers have reloaded: the search update's first steps (a Markdown renderer,
      // the first articles, Pagefind's start) delayed their pages by 0.05–0.2 s at 1,000 articles.
      indexSoon(reindex);
    } catch (error) {
      fail(error);
    }
  };

  let queue = rebuild(undefined);
  await queue;
  server.serve(options.port);
  const watcher = watchFiles([options.contentDir, options.layoutsDir], (files) => {
    queue = queue.then(() => rebuild(files));
  });
  await watcher.ready;
  events.listening(`http://localhost:${options.port}${base}`);
  return {
    async close() {
      await watcher.close();
      await queue;
      for (const [timer, start] of waitingIndex) {
        clearTimeout(timer);
        waitingIndex.delete(timer);
        startIndex(start);
      }
      await search.idle();
      await renderer.close();
      await server.close();
    },
  };
}
