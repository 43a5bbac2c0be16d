import { copyFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { fileExists } from "../content/file-exists.ts";
import path from "node:path";
import { isValidId, suggestId, type Lang } from "../content/ids.ts";
import { parseYamlText } from "../content/load-content.ts";
import type { ContentDate } from "../content/parse-date.ts";
import { ENTITY_KINDS } from "../content/schema.ts";
import { loadRules } from "./boilerplate-rules.ts";
import { cleanArticle, type CleanArticle } from "./clean-article.ts";
import { decodeInput } from "./decode-input.ts";
import { extractHtml } from "./extract-html.ts";
import { ImportError } from "./import-error.ts";
import { findDate } from "./parse-arabic-date.ts";
import { findOriginalSource } from "./find-original-source.ts";
import { placeFigures, type ArticleImage, type PlacedFigures } from "./place-figures.ts";
import { proposeId, type KnownName } from "./propose-id.ts";

export interface ImportOptions {
  /** A file, or "-" for standard input; ignored when `url` is given. */
  input: string;
  url?: string;
  dossier: string;
  contentDir: string;
  id?: string;
  lang?: Lang;
  sourceUrl?: string;
  /** The day the article was saved (default: today). */
  retrieved?: string;
  dryRun: boolean;
  force: boolean;
  readStdin?: () => Promise<Uint8Array>;
}

export interface ImportResult {
  file: string;
  markdown: string;
  report: string[];
  written: boolean;
}

async function readInput(options: ImportOptions): Promise<{ bytes: Uint8Array; name: string; html: boolean }> {
  if (options.url) {
    const response = await fetch(options.url, { headers: { "user-agent": "milaff-import" } }).catch((error: Error) => {
      throw new ImportError(`could not fetch ${options.url}: ${error.message}. Save the page from your browser and import the file instead.`);
    });
    if (!response.ok) throw new ImportError(`${options.url} answered ${response.status} ${response.statusText}: check the address, or save the page and import the file.`);
    return { bytes: new Uint8Array(await response.arrayBuffer()), name: options.url, html: true };
  }
  if (options.input === "-") return { bytes: await (options.readStdin ?? readStdin)(), name: "standard input", html: false };
  const bytes = await readFile(options.input).catch(() => {
    throw new ImportError(`cannot read ${options.input}: check the path (use - to read from standard input).`);
  });
  return { bytes, name: options.input, html: /\.x?html?$/i.test(options.input) };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const q = (s: string) => JSON.stringify(s);
const dateText = (d: ContentDate) => (d.time ? `${d.date} ${d.time}` : d.date);

/** Front matter written by hand: JSON strings are valid YAML and keep Arabic punctuation intact. */
function articleMarkdown(article: CleanArticle, options: { image?: ArticleImage; sourceUrl?: string; retrieved: string; source?: string; via: string[] }): string {
  const lines = ["---", `title: ${q(article.title)}`];
  lines.push(article.date ? `date: ${dateText(article.date)}` : "date:  # milaff could not read the date: write it as YYYY-MM-DD (HH:MM)");
  if (options.source || options.sourceUrl) {
    lines.push("source:", `  name: ${q(options.source ?? new URL(options.sourceUrl!).hostname)}`);
    if (options.sourceUrl) lines.push(`  url: ${q(options.sourceUrl)}`);
    if (options.via.length) lines.push("  via:", ...options.via.map((name) => `    - name: ${q(name)}`));
  }
  lines.push(`retrieved: ${options.retrieved}`);
  const image = options.image;
  if (image && (image.src || image.caption || image.credit || image.alt)) {
    lines.push("image:");
    for (const key of ["src", "caption", "credit", "alt"] as const) if (image[key]) lines.push(`  ${key}: ${q(image[key])}`);
  }
  lines.push("translation:", "  status: original", "---", "", article.paragraphs.join("\n\n"), "");
  return lines.join("\n");
}

/** Names from the curator's entities.yml, in Arabic, with the id they are known by (for readable ids). */
async function knownNames(contentDir: string): Promise<KnownName[]> {
  const data = await readFile(path.join(contentDir, "entities.yml"), "utf8")
    .then((text) => parseYamlText(text) as Record<string, Record<string, { ar?: unknown }> | undefined>)
    .catch(() => null);
  return ENTITY_KINDS.flatMap((kind) => Object.entries(data?.[kind] ?? {}).flatMap(([id, e]) => (typeof e?.ar === "string" && isValidId(id) ? [{ ar: e.ar, latin: id }] : [])));
}

/** Turns one scraped article into a content file; reports what it found and what it removed. */
export async function importArticle(options: ImportOptions): Promise<ImportResult> {
  const dossierDir = path.join(options.contentDir, "dossiers", options.dossier);
  if (!(await fileExists(dossierDir))) {
    const known = await readdir(path.join(options.contentDir, "dossiers")).catch(() => []);
    throw new ImportError(
      `there is no dossier ${options.dossier} in ${path.join(options.contentDir, "dossiers")}: create it with milaff new dossier ${options.dossier}${known.length ? `, or use one of: ${known.join(", ")}` : ""}.`,
    );
  }
  if (options.id !== undefined && !isValidId(options.id)) {
    throw new ImportError(`--id ${options.id} is not a valid id: use lowercase a-z, 0-9 and hyphens, e.g. ${suggestId(options.id)}.`);
  }
  const input = await readInput(options);
  const { text, encoding } = decodeInput(input.bytes, input.name);
  const html = input.html || /^\s*(<!doctype html|<html|<head|<body)/i.test(text);
  const rules = await loadRules(options.contentDir);

  let article: CleanArticle;
  let figures: PlacedFigures = { paragraphs: [], report: [], copies: [] };
  let dropped: string[] = [];
  if (html) {
    const page = extractHtml(text, input.name);
    article = cleanArticle(page.markdown, rules, { title: page.title, blocks: true });
    article.site ??= page.site;
    if (!article.date && page.published) {
      article.date = findDate(page.published) ?? undefined;
      article.dateText = page.published;
    }
    figures = await placeFigures(article.paragraphs, page.figures, { page: options.url || options.input === "-" ? undefined : options.input, dossierDir });
    article.paragraphs = figures.paragraphs;
    dropped = page.dropped;
  } else {
    article = cleanArticle(text, rules);
  }
  if (!article.title || !article.paragraphs.length) {
    throw new ImportError(`no article found in ${input.name}: it needs a title on its first line and the text below it.`);
  }

  const arabic = (article.paragraphs.join(" ").match(/[\u0600-\u06FF]/g) ?? []).length;
  const letters = (article.paragraphs.join(" ").match(/\p{L}/gu) ?? []).length;
  const lang: Lang = options.lang ?? (arabic > letters / 2 ? "ar" : "en");
  const proposed = proposeId(article.title, await knownNames(options.contentDir));
  // A proposed id already taken gets the date, then a number: an id given with --id is never changed.
  let id = options.id ?? proposed;
  for (let n = 2; !options.id && (await fileExists(path.join(dossierDir, `${id}.${lang}.md`))); n++) {
    id = n === 2 && article.date ? `${proposed}-${article.date.date}` : `${proposed}-${n}`;
  }
  const file = path.join(dossierDir, `${id}.${lang}.md`);
  if (!options.force && (await fileExists(file))) {
    throw new ImportError(`${file} already exists: choose another id with --id, or replace it with --force.`);
  }
  // Oldest first: the publication the text's sources spoke to, the source credited at the top of
  // the page, the site it was taken from. The first is source.name, the others republished it (via).
  const original = findOriginalSource(article.paragraphs);
  const [source, ...via] = [...new Set([original?.name, article.credit, article.site].filter((s): s is string => Boolean(s)))];
  const image: ArticleImage | undefined = figures.image ?? (article.caption ? { caption: article.caption, credit: article.captionCredit } : undefined);
  const markdown = articleMarkdown(article, { image, sourceUrl: options.sourceUrl ?? options.url, retrieved: options.retrieved ?? new Date().toISOString().slice(0, 10), source, via });
  const role = (name: string) => (name === source ? "source.name" : "source.via");

  const report = [
    `Read ${input.name}: ${html ? "HTML page" : "plain text"}, ${encoding}.`,
    `  title    ${article.title}`,
    ...(original ? [`  source   ${original.name}  → source.name (the text's sources speak to it ${original.mentions} times: the original publisher)`] : []),
    ...(article.credit && article.credit !== original?.name ? [`  source   ${article.credit}  → ${role(article.credit)} (credited at the top of the page)`] : []),
    ...(article.site && article.site !== original?.name && article.site !== article.credit ? [`  site     ${article.site}  → ${role(article.site)} (split from the title)`] : []),
    article.date ? `  date     ${dateText(article.date)}  (read from "${article.dateText}")` : "  date     not found: write it into date: yourself (milaff never guesses a date)",
    ...(article.caption ? [`  caption  ${article.caption}  → image.caption`] : []),
    ...(article.captionCredit ? [`  credit   ${article.captionCredit}  → image.credit`] : []),
    ...figures.report,
    ...dropped.map((what) => `  dropped  ${what}  (an embedded ${what.split(" ")[0]}: Markdown cannot hold it; link to it in note: if it matters)`),
    `  id       ${id}${options.id ? "" : "  (proposed from the title; choose another with --id)"}`,
    `  body     ${article.paragraphs.length} paragraphs`,
  ];
  if (article.removed.length) {
    report.push(`Removed from the text (${article.removed.length}); check that none of it belongs to the article:`);
    for (const r of article.removed) report.push(`  line ${String(r.line).padEnd(4)} ${r.why.padEnd(38)} ${r.text}`);
  }
  if (!options.dryRun) {
    await mkdir(path.dirname(file), { recursive: true });
    for (const { from, to } of figures.copies) {
      await mkdir(path.dirname(to), { recursive: true });
      if (!(await fileExists(to))) await copyFile(from, to);
    }
    await writeFile(file, markdown);
  }
  report.push(options.dryRun ? `Dry run: nothing written (would write ${file}).` : `Wrote ${file}.`);
  return { file, markdown, report, written: !options.dryRun };
}
