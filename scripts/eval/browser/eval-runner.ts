import { loadPagefind, type Pagefind } from "../../browser/search/pagefind-api.ts";
import { runQuery } from "../../browser/search/run-query.ts";

/*
 * The eval page's script: the same query path as the search page (runQuery) against milaff's
 * index, and Pagefind's own search against its default index, both returning result URLs.
 */

let milaff: Promise<Pagefind> | undefined;
let plain: Promise<Pagefind> | undefined;

async function urls(results: { data(): Promise<{ url: string }> }[]): Promise<string[]> {
  return Promise.all(results.map(async (r) => (await r.data()).url));
}

Object.assign(window, {
  async milaffSearch(query: string): Promise<string[]> {
    milaff ??= loadPagefind("/milaff/pagefind/pagefind.js");
    return urls(await runQuery(await milaff, query, {}));
  },
  async defaultSearch(query: string): Promise<string[]> {
    plain ??= loadPagefind("/default/pagefind/pagefind.js");
    return urls((await (await plain).search(query)).results);
  },
});
