import path from "node:path";
import { fragmentFile, readPagefindFile, readPagefindIndex, sharedFiles } from "../search/pagefind-files.ts";

/*
 * Which of Pagefind's files belong to which dossier, read from the index Pagefind wrote: a
 * .pf_filter holds, per value, the numbers of its pages in the metadata's order. Only small
 * files are read: the metadata and the `dossier` filter.
 */

type Filter = [name: string, values: [value: string, pages: number[]][]];

export interface PagefindLayout {
  /** Every index chunk and filter file (paths from the pagefind folder): a query may need any of them. */
  shared: string[];
  /** Per value of the `dossier` filter: the page ids (`result.id` in the browser) and their fragment files. */
  dossiers: Map<string, { pages: string[]; fragments: string[] }>;
}

/** Reads the index layout from `<dir>` (the site's pagefind/ folder). */
export function readPagefindLayout(dir: string): PagefindLayout {
  const layout: PagefindLayout = { shared: [], dossiers: new Map() };
  for (const meta of readPagefindIndex(dir).metas.values()) {
    const [, pages, , filters] = meta;
    layout.shared.push(...sharedFiles(meta));
    const dossierFilter = filters.find(([name]) => name === "dossier");
    if (!dossierFilter) continue;
    const [, values] = readPagefindFile(path.join(dir, "filter", `${dossierFilter[1]}.pf_filter`)) as Filter;
    for (const [dossier, numbers] of values) {
      const own = numbers.map((n) => pages[n]!);
      const entry = layout.dossiers.get(dossier) ?? { pages: [], fragments: [] };
      entry.pages.push(...own.map(([hash]) => hash));
      entry.fragments.push(...new Set(own.map(fragmentFile)));
      layout.dossiers.set(dossier, entry);
    }
  }
  return layout;
}
