import type { QueryTerm } from "../../search/analyzer/analyze.ts";
import type { Pagefind, PagefindFilters, PagefindResult } from "./pagefind-api.ts";

export interface Hit {
  id: string;
  score: number;
  /** How many of the query's words the page has as written, not only through their stems. */
  written: number;
  /**
   * Pagefind's own result. Kept, not just its `data` function: Pagefind frees a result's data
   * once the result object is garbage-collected, and later pages of results still need it.
   */
  result: PagefindResult;
}

/** Matches through an alternative reading (a word read with a proclitic removed) rank a little lower. */
const ALTERNATIVE_WEIGHT = 0.8;

/**
 * Runs a query (its words as queryTerms reads them) through Pagefind: each word is searched by
 * each of its index keys (see analyze.ts), the keys of a word are unioned, and the words are
 * intersected — every word of the query must match. Pages that have more of the query's words
 * as written come first, then Pagefind's scores (which count a word in the title above words
 * in the text) decide. No words: filters alone.
 */
export async function runQuery(pagefind: Pagefind, terms: QueryTerm[], filters: PagefindFilters): Promise<Hit[]> {
  if (!terms.length) {
    if (!Object.keys(filters).length) return [];
    return (await pagefind.search(null, { filters })).results.map((result) => ({ id: result.id, score: 0, written: 0, result }));
  }
  const perWord = await Promise.all(
    terms.map(async (term) => {
      const lists = await Promise.all(term.keys.map((k) => pagefind.search(k.key, { filters })));
      const best = new Map<string, Hit>();
      lists.forEach((list, i) => {
        const key = term.keys[i]!;
        for (const result of list.results) {
          const hit = best.get(result.id) ?? { id: result.id, score: 0, written: 0, result };
          // An exact search's score is on a scale of its own: it only says the word is there as written.
          if (key.written) hit.written = 1;
          else hit.score = Math.max(hit.score, result.score * (key.alternative ? ALTERNATIVE_WEIGHT : 1));
          best.set(result.id, hit);
        }
      });
      return best;
    }),
  );
  const [first, ...rest] = perWord;
  return [...first!.values()]
    .filter((hit) => rest.every((m) => m.has(hit.id)))
    .map((hit) => rest.reduce((sum, m) => ({ ...sum, score: sum.score + m.get(hit.id)!.score, written: sum.written + m.get(hit.id)!.written }), hit))
    .sort((a, b) => b.written - a.written || b.score - a.score);
}
