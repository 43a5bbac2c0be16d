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
  /** Resolves when no update is running or waiting. */
  idle(): Promise<void>;
}

export function createSearchUpdater(outDir: string, base: string, report: (result: SearchUpdate | Error) => void): SearchUpdater {
  /** Every article's record, by dossier, as last analyzed. */
  const byDossier = new Map<string, SearchRecord[]>();
  let pending: { model: Model; dossiers: Set<string> | undefined } | undefined;
  let running: Promise<void> | undefined;

  const run = async (model: Model, dossiers: Set<string> | undefined) => {
    const start = performance.now();
    const write = syncWriter();
    const fresh = dossiers === undefined ? model.dossiers : model.dossiers.filter((d) => dossiers.has(d.id));
    let analyzed = 0;
    for (const dossier of fresh) {
      const records = [...searchRecords({ ...model, dossiers: [dossier] }, base)];
      const kept = new Set(records.flatMap((r) => r.texts.map((t) => t.url)));
      for (const gone of (byDossier.get(dossier.id) ?? []).flatMap((r) => r.texts).filter((t) => !kept.has(t.url))) rmSync(path.join(outDir, searchTextUrl(gone.url)), { force: true });
      for (const record of records) for (const { url, text } of record.texts) write(path.join(outDir, searchTextUrl(url)), text);
      byDossier.set(dossier.id, records);
      analyzed += records.length;
    }
    const present = new Set(model.dossiers.map((d) => d.id));
    for (const [id, records] of byDossier) {
      if (present.has(id)) continue;
      for (const { url } of records.flatMap((r) => r.texts)) rmSync(path.join(outDir, searchTextUrl(url)), { force: true });
      byDossier.delete(id);
    }
    const next = path.join(outDir, `pagefind.next-${process.pid}`);
    const old = path.join(outDir, `pagefind.old-${process.pid}`);
    rmSync(next, { recursive: true, force: true });
    const { records } = await writePagefindIndex([...byDossier.values()].flat(), next);
    rmSync(old, { recursive: true, force: true });
    renameSync(path.join(outDir, "pagefind"), old);
    renameSync(next, path.join(outDir, "pagefind"));
    rmSync(old, { recursive: true, force: true });
    report({ analyzed, records, ms: performance.now() - start });
  };

  const drain = async () => {
    while (pending) {
      const { model, dossiers } = pending;
      pending = undefined;
      await run(model, dossiers).catch((error: Error) => report(error));
    }
    running = undefined;
  };

  return {
    update(model, dossiers) {
      // Changes waiting together: the union of their dossiers, against the newest model.
      const waiting = pending?.dossiers;
      const all = dossiers === undefined || (pending !== undefined && waiting === undefined);
      pending = { model, dossiers: all ? undefined : new Set([...(waiting ?? []), ...dossiers]) };
      running ??= drain();
    },
    idle: async () => {
      while (running) await running;
    },
  };
}
