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
 * per variant class.
 */

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const FIXTURE = path.join(ROOT, "test", "fixtures", "search-morphology.yml");
const REPORT = path.join(ROOT, "test-output", "eval-search.md");

interface Fixture {
  lemmas: { base: string; family?: string; forms: Record<string, string[]> }[];
  negative: [string, string][];
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

async function main(): Promise<void> {
  const fixture = parse(await readFile(FIXTURE, "utf8")) as Fixture;
  const { cases, family } = casesOf(fixture);
  const words = [...family.keys()];
  const pageOf = new Map(words.map((w, i) => [w, `/w/${i}/`]));
  const wordOf = new Map(words.map((w, i) => [`/w/${i}/`, w]));
  const dir = await mkdtemp(path.join(os.tmpdir(), "milaff-eval-"));
  console.log(`${words.length} pages, ${cases.length} queries`);

  // milaff: the analyzer's keys through Pagefind's Node API, as in a real build.
  await writePagefindIndex(
    words.map((w) => ({ url: pageOf.get(w)!, content: indexKeys(w), meta: {}, filters: {} })),
    path.join(dir, "milaff", "pagefind"),
  );
  // Pagefind's default: the same words as HTML pages in their language, indexed by its binary.
  for (const w of words) {
    const file = path.join(dir, "default", pageOf.get(w)!, "index.html");
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `<!doctype html><html lang="${isArabic(w) ? "ar" : "en"}"><body><main><p>${w}</p></main></body></html>`);
  }
  await promisify(execFile)(path.join(ROOT, "node_modules", ".bin", "pagefind"), ["--site", path.join(dir, "default")]);

  await writeRunnerPages(dir, { milaff: "/milaff/pagefind/pagefind.js", default: "/default/pagefind/pagefind.js" });

  const server = await serveStatic(dir, "/");
  const browser = await launchChromium();
  const pages = Object.fromEntries(
    await Promise.all(
      ["ar", "en"].map(async (lang) => {
        const page = await browser.newPage();
        await page.goto(`${server.origin}/runner-${lang}.html`);
        await page.waitForFunction(() => "milaffSearch" in window);
        return [lang, page] as const;
      }),
    ),
  );
  const found = { milaff: new Map<string, string[]>(), default: new Map<string, string[]>() };
  for (const query of new Set(cases.map((c) => c.query))) {
    const page = pages[isArabic(query) ? "ar" : "en"]!;
    const [m, d] = await page.evaluate(async (q) => {
      const w = window as unknown as SearchFunctions;
      return [(await w.milaffSearch(q)).urls, (await w.defaultSearch(q)).urls];
    }, query);
    // Pagefind prefixes result URLs with the folder its index lives in (/milaff/, /default/).
    const word = (url: string) => wordOf.get(/\/w\/\d+\//.exec(url)?.[0] ?? "") ?? url;
    found.milaff.set(query, m.map(word));
    found.default.set(query, d.map(word));
  }
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });

  // Per class: recall over positive cases; false matches are results on pages of another family.
  const classes = [...new Set(cases.map((c) => c.className))];
  const score = (engine: "milaff" | "default", list: Case[]) => {
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
  const kindOf = (name: string) => (name === "negative pairs" ? "negative" : ORTHOGRAPHIC.includes(name) ? "orthographic" : name.startsWith("latin") ? "latin" : "clitic or suffix");
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
  for (const kind of ["orthographic", "clitic or suffix", "latin", "negative"]) {
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
  const report = lines.join("\n");
  console.log(report);
  await mkdir(path.dirname(REPORT), { recursive: true });
  await writeFile(REPORT, `${report}\n`);
  console.log(`\nReport written to ${path.relative(process.cwd(), REPORT)}`);
}

await main();
