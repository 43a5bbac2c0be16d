import { renameSync, rmSync } from "node:fs";
import path from "node:path";
import { syncWriter } from "../content/sync-writer.ts";
import type { Model } from "../model/build-model.ts";
import { searchRecords, searchTextUrl, type SearchRecord } from "../search/search-records.ts";
import { writePagefindIndex } from "../search/write-search-index.ts";

/*
 * The search index under `milaff serve`, kept up to date behind the pages: after an edit, only
 * the articles of the changed dossiers are analyzed again and only their excerpt texts written;
 * Pagefind then indexes every article's kept record anew (one index, as `milaff build` makes it,
 * so that results rank as they will once published), into a folder that replaces /pagefind/ at
 * once. Runs one at a time; edits made meanwhile are taken together by the next run.
 */

export interface SearchUpdate {
  analyzed: number;
  records: number;
  ms: number;
}

export interface SearchUpdater {
  /** Takes in a new model; `dossiers` are those whose articles changed (all of them when undefined). */
  update(model: Model, dossiers?: Set<string>): void;
  /**
   * Takes in a whole build, which wrote the index itself, and its records (analyzed here, for
   * later updates, when not given); nothing is written.
   */
  adopt(model: Model, records?: SearchRecord[]): void;
  /** Resolves when no update is running or waiting. */
  idle(): Promise<void>;
}

/** `cacheDir`: milaff's cache folder, where the index is kept between updates (and builds). */
export function createSearchUpdater(outDir: string, base: string, cacheDir: string, report: (result: SearchUpdate | Error) => void): SearchUpdater {
  /** Every article's record, by dossier, as last analyzed. */
  const byDossier = new Map<string, SearchRecord[]>();
  let pending: { model: Model; dossiers: Set<string> | undefined; adopt?: boolean } | undefined;
  let running: Promise<void> | undefined;

  const run = async (model: Model, dossiers: Set<string> | undefined, adopt: boolean) => {
    const start = performance.now();
    const write = syncWriter();
    const fresh = dossiers === undefined ? model.dossiers : model.dossiers.filter((d) => dossiers.has(d.id));
    let analyzed = 0;
    for (const dossier of fresh) {
      const records: SearchRecord[] = [];
      for (const record of searchRecords({ ...model, dossiers: [dossier] }, base)) {
        records.push(record);
        // An article at a time (a few milliseconds each), letting requests and file events through
        // in between: a browser reloading the page just rebuilt waited on eight at a time.
        await new Promise((resolve) => setImmediate(resolve));
      }
      analyzed += records.length;
      if (adopt) {
        byDossier.set(dossier.id, records);
        continue;
      }
      const kept = new Set(records.flatMap((r) => r.texts.map((t) => t.url)));
      for (const gone of (byDossier.get(dossier.id) ?? []).flatMap((r) => r.texts).filter((t) => !kept.has(t.url))) rmSync(path.join(outDir, searchTextUrl(gone.url)), { force: true });
      for (const record of records) for (const { url, text } of record.texts) write(path.join(outDir, searchTextUrl(url)), text);
      byDossier.set(dossier.id, records);
    }
    if (adopt) return;
    const present = new Set(model.dossiers.map((d) => d.id));
    for (const [id, records] of byDossier) {
      if (present.has(id)) continue;
      for (const { url } of records.flatMap((r) => r.texts)) rmSync(path.join(outDir, searchTextUrl(url)), { force: true });
      byDossier.delete(id);
    }
    // Beside the output folder, on the same disk: nothing half-written is ever inside it.
    const next = `${path.resolve(outDir)}.pagefind-next-${process.pid}`;
    const old = `${path.resolve(outDir)}.pagefind-old-${process.pid}`;
    rmSync(next, { recursive: true, force: true });
    const { records } = await writePagefindIndex([...byDossier.values()].flat(), next, cacheDir);
    rmSync(old, { recursive: true, force: true });
    renameSync(path.join(outDir, "pagefind"), old);
    renameSync(next, path.join(outDir, "pagefind"));
    rmSync(old, { recursive: true, force: true });
    report({ analyzed, records, ms: performance.now() - start });
  };

  const drain = async () => {
    while (pending) {
      const { model, dossiers, adopt } = pending;
      pending = undefined;
      await run(model, dossiers, adopt ?? false).catch((error: Error) => report(error));
    }
    running = undefined;
  };

  return {
    update(model, dossiers) {
      // Changes waiting together: the union of their dossiers, against the newest model.
      // A whole build's records not analyzed yet: every dossier is analyzed, and indexed.
      const waiting = pending?.dossiers;
      const all = dossiers === undefined || (pending !== undefined && (pending.adopt || waiting === undefined));
      pending = { model, dossiers: all ? undefined : new Set([...(waiting ?? []), ...dossiers]) };
      running ??= drain();
    },
    adopt(model, records) {
      byDossier.clear();
      if (records) {
        // Updates still waiting were made against an older model than this build's.
        pending = undefined;
        for (const record of records) {
          const dossier = record.filters.dossier[0]!;
          if (!byDossier.has(dossier)) byDossier.set(dossier, []);
          byDossier.get(dossier)!.push(record);
        }
        return;
      }
      pending = { model, dossiers: undefined, adopt: true };
      running ??= drain();
    },
    idle: async () => {
      while (running) await running;
    },
  };
}
