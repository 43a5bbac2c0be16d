/** The parts of pagefind.js (Pagefind's browser runtime) that milaff uses. */

export interface PagefindResultData {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export type PagefindFilters = Record<string, string>;

export interface Pagefind {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<{ results: PagefindResult[] }>;
}

/**
 * Loads Pagefind from the site's /pagefind/ folder; it finds its other files from its own address.
 * Its search runs on the page's thread, not in Pagefind 1.6's default web worker: milaff runs
 * several searches per query word, and the worker copies every result list across threads
 * (an exact search of a word on 900 of 1,000 pages took ~50 ms through the worker, ~2 ms
 * without), while the search itself is a few milliseconds of the page's time.
 */
export async function loadPagefind(pagefindUrl: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
  await pagefind.options({ noWorker: true });
  await pagefind.init();
  return pagefind;
}
