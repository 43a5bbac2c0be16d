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

/** Loads Pagefind from the site's /pagefind/ folder; it finds its other files from its own address. */
export async function loadPagefind(pagefindUrl: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
  await pagefind.init();
  return pagefind;
}
