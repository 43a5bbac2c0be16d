import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { decode } from "cborg";

/*
 * Which of Pagefind's files belong to which dossier, read from the index Pagefind wrote.
 * Pagefind's files are gzip, then a 12-byte signature ("pagefind_dcd"), then CBOR
 * (pagefind/src/index/index_metadata.rs): the .pf_meta holds the pages, in order, as
 * [hash, word count, fragment group]; a .pf_filter holds, per value, the numbers of its pages.
 * Only two small files are read: the meta and the `dossier` filter.
 */

const SIGNATURE = "pagefind_dcd";

function readPagefindFile(file: string): unknown {
  const bytes = gunzipSync(readFileSync(file));
  if (new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length)) !== SIGNATURE) {
    throw new Error(`${file} is not a Pagefind index file this version of milaff can read (Pagefind changed its format?)`);
  }
  return decode(bytes.subarray(SIGNATURE.length), { useMaps: false });
}

type Meta = [version: string, pages: [hash: string, words: number, group?: string][], chunks: [from: string, to: string, hash: string][], filters: [name: string, hash: string][]];
type Filter = [name: string, values: [value: string, pages: number[]][]];

export interface PagefindLayout {
  /** Every index chunk and filter file (paths from the pagefind folder): a query may need any of them. */
  shared: string[];
  /** Per value of the `dossier` filter: the page ids (`result.id` in the browser) and their fragment files. */
  dossiers: Map<string, { pages: string[]; fragments: string[] }>;
}

/** Reads the index layout from `<dir>` (the site's pagefind/ folder). */
export function readPagefindLayout(dir: string): PagefindLayout {
  const metaFile = readdirSync(dir).find((f) => f.endsWith(".pf_meta"));
  if (!metaFile) throw new Error(`No Pagefind index in ${dir}`);
  const [, pages, chunks, filters] = readPagefindFile(path.join(dir, metaFile)) as Meta;
  const dossierFilter = filters.find(([name]) => name === "dossier");
  const dossiers: PagefindLayout["dossiers"] = new Map();
  if (dossierFilter) {
    const [, values] = readPagefindFile(path.join(dir, "filter", `${dossierFilter[1]}.pf_filter`)) as Filter;
    for (const [dossier, numbers] of values) {
      const own = numbers.map((n) => pages[n]!);
      // Past --max-fragments, Pagefind bundles pages into shared group files; a page then needs its group's file.
      const fragments = [...new Set(own.map(([hash, , group]) => `fragment/${group || hash}.pf_fragment`))];
      dossiers.set(dossier, { pages: own.map(([hash]) => hash), fragments });
    }
  }
  return {
    shared: [...chunks.map(([, , hash]) => `index/${hash}.pf_index`), ...filters.map(([, hash]) => `filter/${hash}.pf_filter`)],
    dossiers,
  };
}
