import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parse } from "yaml";
import { indexKeys } from "../search/analyzer/analyze.ts";
import { writePagefindIndex } from "../search/write-search-index.ts";
import { launchChromium } from "../bench/chromium.ts";
import { serveStatic } from "../bench/static-server.ts";
import { writeRunnerPages, type SearchFunctions } from "../bench/runner-page.ts";

/*
 * npm run eval:search — search quality on a morphology fixture, milaff against Pagefind's
 * default indexing of the same pages, in the same run. Every word form is a page of its own;
 * every query is run through both, in Chromium; the report counts recall and false matches
 * per variant class. A second set of pages measures ranking: where a word's written form is on
 * one page among many that share its stem, the rank of that page.
 */

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const FIXTURE = path.join(ROOT, "test", "fixtures", "search-morphology.yml");
const REPORT = path.join(ROOT, "test-output", "eval-search.md");

interface RankGroup {
  common: string[];
  forms: string[];
  queries?: [query: string, form: string][];
}

interface Fixture {
  lemmas: { base: string; family?: string; forms: Record<string, string[]> }[];
  negative: [string, string][];
  ranking: { filler: string[]; "latin-filler": string[]; groups: RankGroup[] };
}

interface Page {
  url: string;
  text: string;
}

interface RankCase {
  query: string;
  target: string;
}

interface Case {
  className: string;
  query: string;
  /** The page that must be found (positive) or must not be (negative). */
  target: string;
  negative: boolean;
}

const ORTHOGRAPHIC = ["diacritics", "alef-hamza", "alef-maqsura", "taa-marbuta", "tatweel", "digits", "hamza-seat"];
const isArabic = (word: string) => /[\u0600-\u06FF]/.test(word);

function casesOf(fixture: Fixture): { cases: Case[]; family: Map<string, string> } {
  const family = new Map<string, string>();
  const cases: Case[] = [];
  for (const lemma of fixture.lemmas) {
    const name = lemma.family ?? lemma.base;
    family.set(lemma.base, name);
    for (const [className, forms] of Object.entries(lemma.forms)) {
      for (const form of forms) {
        family.set(form, name);
        cases.push({ className, query: form, target: lemma.base, negative: false });
        cases.push({ className, query: lemma.base, target: form, negative: false });
      }
    }
  }
  for (const [a, b] of fixture.negative) {
    for (const word of [a, b]) if (!family.has(word)) family.set(word, word);
    cases.push({ className: "negative pairs", query: a, target: b, negative: true });
    cases.push({ className: "negative pairs", query: b, target: a, negative: true });
  }
  return { cases, family };
}

/**
 * Pages of the ranking measure: per group, four short pages with each common word three times,
 * and one longer page per form with the form once. Term frequency and page length both favour
 * the common words' pages; only the written form can put the form's page first.
 */
function rankingSet(fixture: Fixture): { pages: Page[]; cases: RankCase[] } {
  const pages: Page[] = [];
  const cases: RankCase[] = [];
  fixture.ranking.groups.forEach((group, g) => {
    const filler = isArabic(group.forms[0]!) ? fixture.ranking.filler : fixture.ranking["latin-filler"];
    const fill = (n: number, from: number) => Array.from({ length: n }, (_, i) => filler[(from + i) % filler.length]!);
    group.common.forEach((word, c) => {
      for (let k = 0; k < 4; k++) pages.push({ url: `/r/${g}/c${c}-${k}/`, text: [word, ...fill(1, g + k), word, ...fill(1, g + k + 5), word].join(" ") });
    });
    const pageOf = new Map<string, string>();
    group.forms.forEach((form, f) => {
      const url = `/r/${g}/f${f}/`;
      pageOf.set(form, url);
      pages.push({ url, text: [...fill(5, g + f), form, ...fill(5, g + f + 7)].join(" ") });
      cases.push({ query: form, target: url });
    });
    for (const [query, form] of group.queries ?? []) cases.push({ query, target: pageOf.get(form)! });
  });
  return { pages, cases };
}

/** Indexes the pages with milaff (its analyzer's keys, as a build does) and with Pagefind's default (HTML in the word's language). */
async function indexBoth(dir: string, name: string, pages: Page[]): Promise<void> {
  await writePagefindIndex(
    pages.map((p) => ({ url: p.url, content: indexKeys(p.text), meta: {}, filters: {} })),
    path.join(dir, `${name}-milaff`, "pagefind"),
  );
  for (const p of pages) {
    const file = path.join(dir, `${name}-default`, p.url, "index.html");
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `<!doctype html><html lang="${isArabic(p.text) ? "ar" : "en"}"><body><main><p>${p.text}</p></main></body></html>`);
  }
  await promisify(execFile)(path.join(ROOT, "node_modules", ".bin", "pagefind"), ["--site", path.join(dir, `${name}-default`)]);
  await writeRunnerPages(dir, { milaff: `/${name}-milaff/pagefind/pagefind.js`, default: `/${name}-default/pagefind/pagefind.js` }, name);
}

type Engine = "milaff" | "default";

/** Every query through both engines, in Chromium: the result pages' URLs, in rank order. */
async function runAll(origin: string, name: string, queries: string[], browser: Awaited<ReturnType<typeof launchChromium>>): Promise<Record<Engine, Map<string, string[]>>> {
  const pages = Object.fromEntries(
    await Promise.all(
      ["ar", "en"].map(async (lang) => {
        const page = await browser.newPage();
        await page.goto(`${origin}/${name}-${lang}.html`);
        await page.waitForFunction(() => "milaffSearch" in window);
        return [lang, page] as const;
      }),
    ),
  );
  const found = { milaff: new Map<string, string[]>(), default: new Map<string, string[]>() };
  // Pagefind prefixes result URLs with the folder its index lives in.
  const own = (url: string) => /\/[wr]\/[\w/-]+$/.exec(url)?.[0] ?? url;
  for (const query of new Set(queries)) {
    const page = pages[isArabic(query) ? "ar" : "en"]!;
    const [m, d] = await page.evaluate(async (q) => {
      const w = window as unknown as SearchFunctions;
      return [(await w.milaffSearch(q)).urls, (await w.defaultSearch(q)).urls];
    }, query);
    found.milaff.set(query, m.map(own));
    found.default.set(query, d.map(own));
  }
  await Promise.all(Object.values(pages).map((p) => p.close()));
  return found;
}

async function main(): Promise<void> {
  const fixture = parse(await readFile(FIXTURE, "utf8")) as Fixture;
  const { cases, family } = casesOf(fixture);
  const words = [...family.keys()];
  const pageOf = new Map(words.map((w, i) => [w, `/w/${i}/`]));
  const wordOf = new Map(words.map((w, i) => [`/w/${i}/`, w]));
  const ranking = rankingSet(fixture);
  const dir = await mkdtemp(path.join(os.tmpdir(), "milaff-eval-"));
  console.log(`${words.length} pages, ${cases.length} queries; ranking: ${ranking.pages.length} pages, ${ranking.cases.length} queries`);

  await indexBoth(dir, "words", words.map((w) => ({ url: pageOf.get(w)!, text: w })));
  await indexBoth(dir, "ranking", ranking.pages);
  const server = await serveStatic(dir, "/");
  const browser = await launchChromium();
  const byUrl = await runAll(server.origin, "words", cases.map((c) => c.query), browser);
  const ranked = await runAll(server.origin, "ranking", ranking.cases.map((c) => c.query), browser);
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
  const found = {
    milaff: new Map([...byUrl.milaff].map(([q, urls]) => [q, urls.map((u) => wordOf.get(u) ?? u)])),
    default: new Map([...byUrl.default].map(([q, urls]) => [q, urls.map((u) => wordOf.get(u) ?? u)])),
  };

  // Per class: recall over positive cases; false matches are results on pages of another family.
  const classes = [...new Set(cases.map((c) => c.className))];
  const score = (engine: Engine, list: Case[]) => {
    let hits = 0;
    let wrong = 0;
    const misses: string[] = [];
    for (const c of list) {
      const results = found[engine].get(c.query)!;
      if (c.negative) {
        if (results.includes(c.target)) (wrong++, misses.push(`${c.query} → ${c.target}`));
      } else {
        if (results.includes(c.target)) hits++;
        else misses.push(`${c.query} ↛ ${c.target}`);
        const others = results.filter((w) => family.get(w) !== family.get(c.query));
        wrong += others.length;
        misses.push(...others.map((w) => `${c.query} → ${w}`));
      }
    }
    return { hits, wrong, misses };
  };
  const kindOf = (name: string) =>
    name === "negative pairs" ? "negative" : name === "vocalized" ? "vocalized" : ORTHOGRAPHIC.includes(name) ? "orthographic" : name.startsWith("latin") ? "latin" : "clitic or suffix";
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : "—");
  const lines = [
    `# Search quality: milaff vs Pagefind default`,
    "",
    `${words.length} pages of one word form each, ${cases.length} queries, run in Chromium (${new Date().toISOString().slice(0, 10)}).`,
    "Recall: share of queries that find the page with the other form. False matches: results on pages of another word.",
    "",
    "| kind | class | queries | milaff recall | milaff false | Pagefind recall | Pagefind false |",
    "|---|---|---:|---:|---:|---:|---:|",
  ];
  const failures: string[] = [];
  for (const kind of ["orthographic", "vocalized", "clitic or suffix", "latin", "negative"]) {
    for (const name of classes.filter((c) => kindOf(c) === kind)) {
      const list = cases.filter((c) => c.className === name);
      const m = score("milaff", list);
      const d = score("default", list);
      const positives = list.filter((c) => !c.negative).length;
      lines.push(`| ${kind} | ${name} | ${list.length} | ${positives ? pct(m.hits, positives) : "—"} | ${m.wrong} | ${positives ? pct(d.hits, positives) : "—"} | ${d.wrong} |`);
      if (m.misses.length) failures.push(`- ${name}: ${m.misses.join(", ")}`);
    }
  }
  const all = cases.filter((c) => !c.negative);
  const m = score("milaff", all);
  const d = score("default", all);
  lines.push(`| all | positive queries | ${all.length} | ${pct(m.hits, all.length)} | ${m.wrong} | ${pct(d.hits, all.length)} | ${d.wrong} |`);
  lines.push("", "milaff's misses and false matches:", "", ...(failures.length ? failures : ["- none"]));

  // Ranking: the rank of the one page that has the query's word as written (proclitics aside).
  const rankOf = (engine: Engine, c: RankCase) => ranked[engine].get(c.query)!.indexOf(c.target) + 1;
  const rankScore = (engine: Engine) => {
    const ranks = ranking.cases.map((c) => rankOf(engine, c));
    return {
      mrr: (ranks.reduce((sum, r) => sum + (r ? 1 / r : 0), 0) / ranks.length).toFixed(3),
      first: pct(ranks.filter((r) => r === 1).length, ranks.length),
      top10: pct(ranks.filter((r) => r >= 1 && r <= 10).length, ranks.length),
    };
  };
  const rankMilaff = rankScore("milaff");
  const rankDefault = rankScore("default");
  const lowRanks = ranking.cases.filter((c) => rankOf("milaff", c) !== 1).map((c) => `${c.query}: ${rankOf("milaff", c) || "not found"}`);
  lines.push(
    "",
    "## Ranking by the written form",
    "",
    `${ranking.pages.length} pages in ${fixture.ranking.groups.length} groups of words sharing a stem; ${ranking.cases.length} queries, each written as it is on exactly one page (proclitics aside), among pages where words of the same stem occur more often, on shorter pages.`,
    "",
    "| measure | milaff | Pagefind |",
    "|---|---:|---:|",
    `| mean reciprocal rank of the page with the written form | ${rankMilaff.mrr} | ${rankDefault.mrr} |`,
    `| that page at rank 1 | ${rankMilaff.first} | ${rankDefault.first} |`,
    `| that page in the top 10 (recall@10) | ${rankMilaff.top10} | ${rankDefault.top10} |`,
    "",
    "milaff's queries whose page is not first:",
    "",
    ...(lowRanks.length ? lowRanks.map((l) => `- ${l}`) : ["- none"]),
  );
  const report = lines.join("\n");
  console.log(report);
  await mkdir(path.dirname(REPORT), { recursive: true });
  await writeFile(REPORT, `${report}\n`);
  console.log(`\nReport written to ${path.relative(process.cwd(), REPORT)}`);
}

await main();
