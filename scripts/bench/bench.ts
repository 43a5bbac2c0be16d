import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { bareEleventy, bareHugo, hugoVersion, pagefindSite, type StackCommand } from "./bare-stacks.ts";
import { launchChromium } from "./chromium.ts";
import { generateContent } from "./generate-content.ts";
import { measureProcess, type Measured } from "./measure-process.ts";
import { measurePageWeight, type PageWeight } from "./page-weight.ts";
import { measureSearch, type SearchFigures } from "./search-timing.ts";
import { measureServe, type ServeTimes } from "./serve-timing.ts";
import { kilobytes, megabytes, millis, ratio, seconds, spread, withSpread, type Spread } from "./stats.ts";

/*
 * npm run bench [-- --articles 1000,10000 --runs 3 --cold-runs 3 --publish --keep]
 * milaff against the stack it is made of, side by side in one run, on generated bilingual
 * content: whole processes, several alternating runs, median and spread, wall time and peak
 * memory. Prints one Markdown report (ratios first) and writes it to test-output/bench/;
 * --publish also writes docs/benchmark.md and the README's table. Not part of npm test.
 *
 * milaff build is measured twice per run: with an empty .milaff-cache/ (cold: a curator's
 * first build, or CI without a cache), which draws a 1200×630 PNG per page and builds the search
 * index from nothing, and with the cache the previous build left (warm: every later build, and
 * CI keeping .milaff-cache/ with actions/cache): its cards, e-books and search index. Neither
 * bare stack draws cards, and both index into an empty folder, so both figures are shown.
 */

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const MILAFF = path.join(ROOT, "scripts", "milaff.mjs");
const SAMPLE_CONTENT = path.join(ROOT, "content");
/** The sample's Arabic article, whose first visit is weighed. */
const SAMPLE_ARTICLE = "/ar/haftar-alliances/libya-jordan-military-cooperation/";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000,10000" },
    runs: { type: "string", default: "3" },
    /** Of those runs, how many also build with an empty cache (the first ones); all by default. */
    "cold-runs": { type: "string" },
    publish: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});
const RUNS = Math.max(1, Number(values.runs));
const COLD_RUNS = Math.min(RUNS, Math.max(1, Number(values["cold-runs"] ?? RUNS)));
const SIZES = values.articles.split(",").map(Number);
if (SIZES.some((n) => !Number.isInteger(n) || n < 10)) throw new Error(`--articles takes sizes of 10 or more, separated by commas, not ${values.articles}`);

const note = (message: string) => console.error(`[bench] ${message}`);

/** Removes a previous output and lets the disk settle: deleting thousands of files leaves work that would land on the next run. */
function empty(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  execFileSync("sync");
}

/** Runs one measure; each result is also printed as it comes, so that a run stopped early still says what it measured. */
async function run(c: StackCommand, label?: string): Promise<Measured> {
  const m = await measureProcess(c.command, c.args);
  if (label) note(`${label}: ${seconds(m.ms)}, peak ${megabytes(m.peakBytes)}`);
  return m;
}
const milaffCommand = (args: string[]): StackCommand => ({ command: process.execPath, args: [MILAFF, ...args] });

/** Per-step times from `milaff build`'s progress lines (`✓ render  3064 pages  5210 ms`). */
function buildSteps(stdout: string): Map<string, number> {
  const steps = new Map<string, number>();
  for (const match of stdout.matchAll(/^\s*✓ (\S+)\s.*?(\d+) ms\s*$/gm)) steps.set(match[1]!, Number(match[2]));
  return steps;
}

interface Series {
  ms: number[];
  peak: number[];
}
const series = (): Series => ({ ms: [], peak: [] });
const record = (s: Series, m: Measured) => {
  s.ms.push(m.ms);
  s.peak.push(m.peakBytes);
};

/** milaff build's runs with one state of its cache, and their per-step times. */
interface MilaffSeries extends Series {
  steps: Map<string, number[]>;
}

interface SizeResult {
  articles: number;
  pages: { ar: number; en: number };
  built: number;
  cold: MilaffSeries;
  warm: MilaffSeries;
  eleventy: Series;
  eleventyPagefind: Series;
  hugo?: Series;
  hugoPagefind?: Series;
  serve: ServeTimes;
  search: SearchFigures;
}

async function benchSize(articles: number, hugo: boolean): Promise<SizeResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `milaff-bench-${articles}-`));
  try {
    note(`${articles} articles: generating content in ${dir}`);
    const content = path.join(dir, "content");
    const site = generateContent(content, { articles });
    const out = {
      milaff: path.join(dir, "milaff-site"),
      eleventy: path.join(dir, "eleventy-site"),
      eleventyIndex: path.join(dir, "eleventy-pagefind"),
      hugo: path.join(dir, "hugo-site"),
      hugoIndex: path.join(dir, "hugo-pagefind"),
    };
    const eleventyCommand = bareEleventy(path.join(dir, "eleventy"), content, out.eleventy);
    const hugoCommand = hugo ? bareHugo(path.join(dir, "hugo"), content, out.hugo) : undefined;
    const result: SizeResult = {
      articles,
      pages: site.pages,
      built: 0,
      cold: { ...series(), steps: new Map() },
      warm: { ...series(), steps: new Map() },
      eleventy: series(),
      eleventyPagefind: series(),
      hugo: hugo ? series() : undefined,
      hugoPagefind: hugo ? series() : undefined,
      serve: undefined as unknown as ServeTimes,
      search: undefined as unknown as SearchFigures,
    };
    // milaff keeps its cache (cards, e-books, search index) beside the content folder.
    const cache = path.join(dir, ".milaff-cache");
    const milaffRun = async (state: "cold" | "warm") => {
      empty(out.milaff);
      if (state === "cold") empty(cache);
      const m = await run(milaffCommand(["build", "--content", content, "--out", out.milaff]), `${articles} articles: milaff build, ${CACHE_LABEL[state]}`);
      note(`  steps: ${[...buildSteps(m.stdout)].map(([step, ms]) => `${step} ${millis(ms)}`).join(", ")}`);
      const s = result[state];
      record(s, m);
      for (const [step, ms] of buildSteps(m.stdout)) s.steps.set(step, [...(s.steps.get(step) ?? []), ms]);
      result.built = Number(/Built (\d+) pages/.exec(m.stdout)?.[1] ?? 0);
    };
    const othersRun = async () => {
      empty(out.eleventy);
      record(result.eleventy, await run(eleventyCommand, `${articles} articles: bare Eleventy`));
      empty(out.eleventyIndex);
      record(result.eleventyPagefind, await run(pagefindSite(out.eleventy, out.eleventyIndex), `${articles} articles: pagefind --site on Eleventy's output`));
      if (hugoCommand) {
        empty(out.hugo);
        record(result.hugo!, await run(hugoCommand, `${articles} articles: Hugo`));
        empty(out.hugoIndex);
        record(result.hugoPagefind!, await run(pagefindSite(out.hugo, out.hugoIndex), `${articles} articles: pagefind --site on Hugo's output`));
      }
    };
    for (let r = 1; r <= RUNS; r++) {
      note(`${articles} articles: run ${r} of ${RUNS}`);
      // Alternating which goes first, so that neither always meets a warmer disk cache. A warm
      // build follows a build that filled the cache; the first run is always cold.
      const cold = r <= COLD_RUNS;
      if (r % 2) {
        if (cold) await milaffRun("cold");
        await milaffRun("warm");
        await othersRun();
      } else {
        await othersRun();
        await milaffRun("warm");
        if (cold) await milaffRun("cold");
      }
    }

    note(`${articles} articles: milaff serve, ${RUNS} edits and ${RUNS} new articles`);
    const browser = await launchChromium();
    try {
      result.serve = await measureServe(browser, { milaff: MILAFF, content, out: path.join(dir, "serve-site"), dossier: site.sample.dossier, article: site.sample.id, runs: RUNS });

      note(`${articles} articles: search in Chromium`);
      renameSync(out.eleventyIndex, path.join(out.milaff, "pagefind-default"));
      result.search = await measureSearch(browser, out.milaff, site.vocabulary);
    } finally {
      await browser.close();
    }
    return result;
  } finally {
    if (values.keep) note(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

interface CliResult {
  help: Spread;
  check: Spread;
  build: Spread;
  weight: PageWeight;
}

async function benchCli(): Promise<CliResult> {
  note("command line start-up and the sample site");
  const dir = await mkdtemp(path.join(os.tmpdir(), "milaff-bench-cli-"));
  try {
    const times = async (args: string[], n: number, before?: () => void) => {
      const list: number[] = [];
      for (let i = 0; i < n; i++) {
        before?.();
        list.push((await run(milaffCommand(args))).ms);
      }
      return spread(list);
    };
    const out = path.join(dir, "_site");
    // One untimed run of each first: the first start after a change compiles milaff, once.
    await run(milaffCommand(["--help"]));
    const help = await times(["--help"], Math.max(5, RUNS));
    const check = await times(["check", "--content", SAMPLE_CONTENT], RUNS);
    const build = await times(["build", "--content", SAMPLE_CONTENT, "--out", out], RUNS, () => empty(out));
    const browser = await launchChromium();
    try {
      return { help, check, build, weight: await measurePageWeight(browser, out, SAMPLE_ARTICLE) };
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sum = (a: Spread, b: Spread) => a.median + b.median;
const mark = (ok: boolean) => (ok ? "✓" : "✗");

function ratioTable(sizes: SizeResult[], cli: CliResult): string[] {
  const head = `| measure | target | ${sizes.map((s) => `${s.articles.toLocaleString("en")} articles`).join(" | ")} |`;
  const rows: string[] = [head, `|---|---|${sizes.map(() => "---:|").join("")}`];
  const row = (measure: string, target: string, cell: (s: SizeResult) => string) => rows.push(`| ${measure} | ${target} | ${sizes.map(cell).join(" | ")} |`);
  const median = (list: number[]) => spread(list).median;
  for (const cache of ["warm", "cold"] as const) {
    const label = CACHE_LABEL[cache];
    row(`whole build, ${label} ÷ (bare Eleventy + \`pagefind --site\`)`, "≤ 1.00", (s) => {
      const r = median(s[cache].ms) / sum(spread(s.eleventy.ms), spread(s.eleventyPagefind.ms));
      return `${ratio(r, 1)} ${mark(r <= 1)}`;
    });
    row(`whole build, ${label} ÷ (Hugo + \`pagefind --site\`)`, "≤ 1.10", (s) => {
      if (!s.hugo) return "Hugo not installed";
      const r = median(s[cache].ms) / sum(spread(s.hugo.ms), spread(s.hugoPagefind!.ms));
      return `${ratio(r, 1)} ${mark(r <= 1.1)}`;
    });
    row(`render step, ${label} ÷ bare Eleventy`, "≤ 1.20", (s) => {
      const render = s[cache].steps.get("render");
      if (!render) return "—";
      const r = median(render) / median(s.eleventy.ms);
      return `${ratio(r, 1)} ${mark(r <= 1.2)}`;
    });
  }
  row("peak memory of the build (cold or warm, the higher)", "≤ 4 GB", (s) => {
    const peak = Math.max(median(s.cold.peak), median(s.warm.peak));
    return `${megabytes(peak)} ${mark(peak <= 4 * 1024 ** 3)}`;
  });
  row("serve: edit → page served", "≤ 300 ms", (s) => `${millis(median(s.serve.editMs))} ${mark(median(s.serve.editMs) <= 300)}`);
  row("serve: edit → every page it touches updated", "≤ 1 s", (s) => `${millis(median(s.serve.editDoneMs))} ${mark(median(s.serve.editDoneMs) <= 1000)}`);
  row("serve: new article → listed", "≤ 2 s", (s) => `${millis(median(s.serve.newMs))} ${mark(median(s.serve.newMs) <= 2000)}`);
  row("search: first query downloads", "≤ 300 KB", (s) => `${kilobytes(s.search.first.milaff.gzip)} ${mark(s.search.first.milaff.gzip <= 300 * 1024)}`);
  row("search: median latency", "≤ 50 ms", (s) => `${s.search.latency.milaff.median.toFixed(1)} ms ${mark(s.search.latency.milaff.median <= 50)}`);
  const once = (measure: string, target: string, value: string) => rows.push(`| ${measure} | ${target} | ${value}${sizes.slice(1).map(() => " | ″").join("")} |`);
  once("`milaff --help`", "≤ 0.3 s", `${seconds(cli.help.median)} ${mark(cli.help.median <= 300)}`);
  once("sample site build, end to end", "≤ 1 s", `${seconds(cli.build.median)} ${mark(cli.build.median <= 1000)}`);
  const w = cli.weight;
  const noFonts = w.html.bytes + w.css.bytes + w.js.bytes + w.image.bytes + w.other.bytes;
  once("sample Arabic article, first visit without fonts", "≤ 30 KB", `${kilobytes(noFonts)} ${mark(noFonts <= 30 * 1024)}`);
  once("sample Arabic article, fonts", "≤ 150 KB", `${kilobytes(w.font.bytes)} ${mark(w.font.bytes <= 150 * 1024)}`);
  return rows;
}

const CACHE_LABEL = { warm: "cache kept (warm)", cold: "no cache (cold)" } as const;

function sizeDetails(s: SizeResult): string[] {
  const t = (list: number[]) => withSpread(spread(list), seconds);
  const mem = (list: number[]) => megabytes(spread(list).median);
  const lines = [
    `### ${s.articles.toLocaleString("en")} articles (${s.pages.ar.toLocaleString("en")} Arabic and ${s.pages.en.toLocaleString("en")} English article files; milaff writes ${s.built.toLocaleString("en")} pages)`,
    "",
    "| run | wall time, median (min–max) | peak memory |",
    "|---|---:|---:|",
    ...(["warm", "cold"] as const).flatMap((cache) => [
      `| **milaff build, ${CACHE_LABEL[cache]}** (${s[cache].ms.length} runs) | ${t(s[cache].ms)} | ${mem(s[cache].peak)} |`,
      ...[...s[cache].steps].map(([step, list]) => `| · ${step} | ${withSpread(spread(list), millis)} | |`),
    ]),
    `| bare Eleventy 3 | ${t(s.eleventy.ms)} | ${mem(s.eleventy.peak)} |`,
    `| \`pagefind --site\` on its output | ${t(s.eleventyPagefind.ms)} | ${mem(s.eleventyPagefind.peak)} |`,
    `| **Eleventy + Pagefind** | ${seconds(sum(spread(s.eleventy.ms), spread(s.eleventyPagefind.ms)))} | |`,
  ];
  if (s.hugo) {
    lines.push(
      `| Hugo | ${t(s.hugo.ms)} | ${mem(s.hugo.peak)} |`,
      `| \`pagefind --site\` on its output | ${t(s.hugoPagefind!.ms)} | ${mem(s.hugoPagefind!.peak)} |`,
      `| **Hugo + Pagefind** | ${seconds(sum(spread(s.hugo.ms), spread(s.hugoPagefind!.ms)))} | |`,
    );
  }
  const sv = s.serve;
  const q = s.search;
  lines.push(
    "",
    "| milaff serve | median (min–max) |",
    "|---|---:|",
    `| start → first build served (cache kept) | ${seconds(sv.startMs)} |`,
    `| edit → page served | ${withSpread(spread(sv.editMs), millis)} |`,
    `| edit → page loaded in the browser (DOMContentLoaded) | ${withSpread(spread(sv.editShownMs), millis)} |`,
    `| edit → every page it touches updated (listings, entity pages) | ${withSpread(spread(sv.editDoneMs), millis)} |`,
    `| edit → search index updated | ${withSpread(spread(sv.editSearchMs), millis)} |`,
    `| new article → listed on its dossier page | ${withSpread(spread(sv.newMs), millis)} |`,
    `| new article → rebuild done | ${withSpread(spread(sv.newDoneMs), millis)} |`,
    "",
    `| search in Chromium (${q.queries} queries, Arabic and English) | milaff | Pagefind default on bare Eleventy | ratio |`,
    "|---|---:|---:|---:|",
    `| first query: bytes downloaded (gzip as served) | ${kilobytes(q.first.milaff.gzip)} | ${kilobytes(q.first.default.gzip)} | ${ratio(q.first.milaff.gzip, q.first.default.gzip)} |`,
    `| first query: bytes on disk | ${kilobytes(q.first.milaff.raw)} | ${kilobytes(q.first.default.raw)} | ${ratio(q.first.milaff.raw, q.first.default.raw)} |`,
    `| first query: time, loading included | ${millis(q.firstMs.milaff)} | ${millis(q.firstMs.default)} | ${ratio(q.firstMs.milaff, q.firstMs.default)} |`,
    `| latency, median (10 results loaded) | ${q.latency.milaff.median.toFixed(1)} ms | ${q.latency.default.median.toFixed(1)} ms | ${ratio(q.latency.milaff.median, q.latency.default.median)} |`,
    `| latency, 95th percentile | ${q.latency.milaff.p95.toFixed(1)} ms | ${q.latency.default.p95.toFixed(1)} ms | ${ratio(q.latency.milaff.p95, q.latency.default.p95)} |`,
    `| index on disk (files) | ${kilobytes(q.size.milaff.bytes)} (${q.size.milaff.files}) | ${kilobytes(q.size.default.bytes)} (${q.size.default.files}) | ${ratio(q.size.milaff.bytes, q.size.default.bytes)} |`,
    `| excerpt texts on disk (/search-text/) | ${kilobytes(q.size.texts.bytes)} (${q.size.texts.files}) | — | — |`,
    "",
  );
  return lines;
}

function cliDetails(cli: CliResult): string[] {
  const w = cli.weight;
  return [
    "### Command line and the sample site",
    "",
    "| measure | median (min–max) |",
    "|---|---:|",
    `| \`milaff --help\` | ${withSpread(cli.help, millis)} |`,
    `| \`milaff check\` on the sample | ${withSpread(cli.check, millis)} |`,
    `| \`milaff build\` of the sample, end to end | ${withSpread(cli.build, millis)} |`,
    "",
    `First visit to the sample's Arabic article (\`${SAMPLE_ARTICLE}\`), as GitHub Pages sends it (text gzip-compressed):`,
    "",
    "| kind | files | bytes |",
    "|---|---:|---:|",
    ...(Object.entries(w) as [keyof PageWeight, { files: number; bytes: number }][]).filter(([, v]) => v.files).map(([kind, v]) => `| ${kind} | ${v.files} | ${kilobytes(v.bytes)} |`),
    "",
  ];
}

function machine(): string {
  const cpus = os.cpus();
  const hugo = hugoVersion();
  return `${cpus[0]?.model.trim() ?? "unknown CPU"} × ${cpus.length}, ${Math.round(os.totalmem() / 1024 ** 3)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}, ${hugo ?? "no Hugo"}; load average ${os.loadavg().map((n) => n.toFixed(2)).join(" ")} at the start`;
}

const hugo = hugoVersion() !== undefined;
if (!hugo) note("Hugo is not installed: its columns are skipped (apt-get install -y hugo)");
const startedOn = machine();
// The machine may be shared: the load average through the run says how much (sampled every 10 s).
const loads: number[] = [];
setInterval(() => loads.push(os.loadavg()[0]!), 10_000).unref();
const sizes: SizeResult[] = [];
for (const size of SIZES) sizes.push(await benchSize(size, hugo));
const cli = await benchCli();
const date = new Date().toISOString().slice(0, 10);
const table = ratioTable(sizes, cli);
const report = [
  `# milaff benchmark, ${date}`,
  "",
  `Machine: ${startedOn}; ${os.loadavg()[0]!.toFixed(2)} at the end; 1-minute load average during the run ${loads.length ? `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}, median ${spread(loads).median.toFixed(1)}` : "not sampled"} (${os.cpus().length} cores). ${RUNS} alternating runs of each measure (${COLD_RUNS} of milaff with no cache), each a whole process writing into an empty folder; medians, with the range of the runs in the details. "Cold": milaff's \`.milaff-cache/\` emptied first, every social card drawn and the search index built from nothing; "warm": the cache of the build before (cards, e-books, the search index Pagefind writes into again), as on a curator's later builds and in CI keeping \`.milaff-cache/\`; Pagefind over the bare stacks always writes into an empty folder. Generated bilingual content (\`npm run bench -- --articles ${values.articles} --runs ${RUNS} --cold-runs ${COLD_RUNS}\`).${hugo ? "" : " Hugo was not installed: skipped."}`,
  "",
  ...table,
  "",
  "## Details",
  "",
  ...sizes.flatMap(sizeDetails),
  ...cliDetails(cli),
].join("\n");
console.log(report);

const outDir = path.join(ROOT, "test-output", "bench");
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.md`), report);
writeFileSync(path.join(outDir, "latest.md"), report);
note(`written to ${path.relative(ROOT, path.join(outDir, "latest.md"))}`);
if (values.publish) {
  writeFileSync(path.join(ROOT, "docs", "benchmark.md"), `${report}\n`);
  const readme = path.join(ROOT, "README.md");
  const block = `<!-- bench -->\nOn ${startedOn.split(";")[0]}, ${date} (\`npm run bench\`; details in [docs/benchmark.md](docs/benchmark.md)):\n\n${table.join("\n")}\n<!-- /bench -->`;
  const text = readFileSync(readme, "utf8");
  if (!text.includes("<!-- bench -->")) throw new Error("README.md has no <!-- bench --> … <!-- /bench --> block to fill");
  writeFileSync(readme, text.replace(/<!-- bench -->[\s\S]*?<!-- \/bench -->/, block));
  note("published to docs/benchmark.md and README.md");
}
