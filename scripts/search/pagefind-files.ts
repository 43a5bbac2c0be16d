import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { decode } from "cborg";

/*
 * The files of an index Pagefind wrote, read from its own listing of them. Pagefind's binary
 * files are gzip, then a 12-byte signature ("pagefind_dcd"), then CBOR
 * (pagefind/src/index/index_metadata.rs). pagefind-entry.json names each language's
 * metadata file (pagefind.<hash>.pf_meta), which lists the pages in order as
 * [hash, word count, fragment group], the index chunks and the filter files; the other files
 * Pagefind writes are its script, its worker, its WebAssembly and its ready-made interfaces.
 */

const SIGNATURE = "pagefind_dcd";

/** A file's bytes after the signature (JSON in fragments, CBOR in the others). */
function readPagefindBytes(file: string): Uint8Array {
  const bytes = gunzipSync(readFileSync(file));
  if (new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length)) !== SIGNATURE) {
    throw new Error(`${file} is not a Pagefind index file this version of milaff can read (Pagefind changed its format?)`);
  }
  return bytes.subarray(SIGNATURE.length);
}

export function readPagefindFile(file: string): unknown {
  return decode(readPagefindBytes(file), { useMaps: false });
}

export type PagefindMeta = [version: string, pages: [hash: string, words: number, group?: string][], chunks: [from: string, to: string, hash: string][], filters: [name: string, hash: string][]];

interface Entry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

export interface PagefindIndex {
  /** The WebAssembly files the languages load. */
  wasm: string[];
  /** Each language's metadata, by its file. */
  metas: Map<string, PagefindMeta>;
}

/** The index in `dir` (the site's pagefind/ folder), as its entry file names it. */
export function readPagefindIndex(dir: string): PagefindIndex {
  let entry: Entry;
  try {
    entry = JSON.parse(readFileSync(path.join(dir, "pagefind-entry.json"), "utf8")) as Entry;
  } catch (error) {
    throw new Error(`No Pagefind index in ${dir}: ${(error as Error).message}`);
  }
  const languages = Object.values(entry.languages);
  return {
    wasm: languages.map(({ wasm }) => `wasm.${wasm ?? "unknown"}.pagefind`),
    metas: new Map(languages.map(({ hash }) => [`pagefind.${hash}.pf_meta`, readPagefindFile(path.join(dir, `pagefind.${hash}.pf_meta`)) as PagefindMeta])),
  };
}

/** A page's fragment file: past --max-fragments, Pagefind bundles pages into shared group files. */
export const fragmentFile = ([hash, , group]: PagefindMeta[1][number]): string => `fragment/${group || hash}.pf_fragment`;

/** Index chunks and filter files: a query may need any of them. */
export const sharedFiles = ([, , chunks, filters]: PagefindMeta): string[] => [...chunks.map(([, , hash]) => `index/${hash}.pf_index`), ...filters.map(([, hash]) => `filter/${hash}.pf_filter`)];

/**
 * Every file milaff's search page needs from the index in `dir`, as paths inside it: the ready-made
 * interfaces are left out (milaff has its own search page; they would only weigh on offline copies).
 */
export function searchIndexFiles(dir: string): string[] {
  const { wasm, metas } = readPagefindIndex(dir);
  const files = new Set(["pagefind-entry.json", "pagefind.js", "pagefind-worker.js", ...wasm]);
  for (const [file, meta] of metas) {
    files.add(file);
    for (const shared of sharedFiles(meta)) files.add(shared);
    for (const page of meta[1]) files.add(fragmentFile(page));
  }
  return [...files];
}

type WordIndex = [words: [word: string, ...rest: unknown[]][]];

/**
 * Of the files `found` in `dir` before Pagefind wrote its index there, those the index means
 * otherwise. Pagefind names a file by the first 7 hex digits of its bytes' SHA-1 and keeps a file
 * it finds under that name: one that an earlier index wrote under the same name, with other
 * bytes, would stay: the chance grows with the files kept and the files changed, about 4 % for
 * a build of 10,000 articles where 1,000 of its 11,000 files change. So each one found is checked against what the metadata says of it: a fragment
 * is the page at its place (`urls`, the pages in Pagefind's order), an index chunk holds the
 * words the metadata gives it, a filter file is its filter's. A metadata file found means the
 * index did not change (its name has 11 digits): the files it lists were checked when it was written.
 */
export function filesNamedAlike(dir: string, found: Set<string>, urls: string[]): string[] {
  const { metas } = readPagefindIndex(dir);
  // No page with words (a site without articles): no files to check.
  if (metas.size === 0) return [];
  if (metas.size !== 1) throw new Error(`${dir}: one Pagefind index language expected, found ${metas.size}`);
  const [metaFile, meta] = [...metas][0]!;
  if (found.has(metaFile)) return [];
  const [, pages, chunks, filters] = meta;
  const wrong: string[] = [];
  const check = (file: string, holds: (bytes: Uint8Array) => boolean) => {
    if (!found.has(file)) return;
    try {
      if (!holds(readPagefindBytes(path.join(dir, file)))) wrong.push(file);
    } catch {
      wrong.push(file);
    }
  };
  if (pages.length !== urls.length) throw new Error(`${dir}: Pagefind indexed ${pages.length} pages of ${urls.length}`);
  // A group file (past --max-fragments, which milaff never sets) is written again rather than checked.
  pages.forEach((page, i) => check(fragmentFile(page), (bytes) => !page[2] && (JSON.parse(new TextDecoder().decode(bytes)) as { url: string }).url === urls[i]));
  for (const [from, to, hash] of chunks) {
    check(`index/${hash}.pf_index`, (bytes) => {
      const [words] = decode(bytes, { useMaps: false }) as WordIndex;
      return words[0]![0].startsWith(from) && words.at(-1)![0].startsWith(to);
    });
  }
  for (const [name, hash] of filters) check(`filter/${hash}.pf_filter`, (bytes) => (decode(bytes, { useMaps: false }) as [string])[0] === name);
  return wrong;
}
