import type { QueryTerm } from "../../search/analyzer/analyze.ts";
import type { Pagefind, PagefindFilters, PagefindResult } from "./pagefind-api.ts";

export interface Hit {
  id: string;
  score: number;
  data: PagefindResult["data"];
}

/** Matches through an alternative reading (a word read with a proclitic removed) rank a little lower. */
const ALTERNATIVE_WEIGHT = 0.8;

/**
 * Runs a query (its words as queryTerms reads them) through Pagefind: each word is searched by each
 * of its index keys (exact, see analyze.ts), the keys of a word are unioned, and the words
 * are intersected — every word of the query must match. No words: filters alone.
 */
export async function runQuery(pagefind: Pagefind, terms: QueryTerm[], filters: PagefindFilters): Promise<Hit[]> {
  if (!terms.length) {
    if (!Object.keys(filters).length) return [];
    return (await pagefind.search(null, { filters })).results.map((r) => ({ id: r.id, score: 0, data: r.data }));
  }
  const perWord = await Promise.all(
    terms.map(async (term) => {
      const lists = await Promise.all(term.keys.map((key) => pagefind.search(key, { filters })));
      const best = new Map<string, Hit>();
      lists.forEach((list, i) => {
        for (const r of list.results) {
          const score = r.score * (i === 0 ? 1 : ALTERNATIVE_WEIGHT);
          if ((best.get(r.id)?.score ?? -1) < score) best.set(r.id, { id: r.id, score, data: r.data });
        }
      });
      return best;
    }),
  );
  const [first, ...rest] = perWord;
  return [...first!.values()]
    .filter((hit) => rest.every((m) => m.has(hit.id)))
    .map((hit) => ({ ...hit, score: hit.score + rest.reduce((sum, m) => sum + m.get(hit.id)!.score, 0) }))
    .sort((a, b) => b.score - a.score);
}
