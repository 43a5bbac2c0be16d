import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/*
 * Synthetic bilingual dossier content for benchmarks, from real word lists: Arabic from
 * Debian's hunspell-ar (ar.dic, whose entries carry the clitics of running text), English from
 * Debian's wbritish. Words are drawn with a Zipf distribution, so that, as in real text, a few
 * words are everywhere and most are rare; entities and tags with a long tail too. Front matter
 * as curators write it. Deterministic for a given seed; generated, never committed.
 */

export const WORD_LISTS = { ar: "/usr/share/hunspell/ar.dic", en: "/usr/share/dict/british-english" };
const INSTALL = { ar: "hunspell-ar", en: "wbritish" };

/** Small, fast, seeded random numbers (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readWordList(lang: "ar" | "en", file: string, size: number, rand: () => number): string[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new Error(`No ${lang === "ar" ? "Arabic" : "English"} word list at ${file}. Install one with: apt-get install -y ${INSTALL[lang]}`);
  }
  const shape = lang === "ar" ? /^[\u0621-\u064A]{2,}$/ : /^[a-z]{2,}$/;
  const words = [...new Set(text.split("\n").map((l) => l.split("/")[0]!.trim()).filter((w) => shape.test(w)))];
  for (let i = words.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [words[i], words[j]] = [words[j]!, words[i]!];
  }
  return words.slice(0, size);
}

/** Draws ranks 0..n-1 with probability ∝ 1 / (rank + offset)^1.05. */
function zipf(n: number, rand: () => number, offset = 10): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cdf[r] = sum += 1 / (r + offset) ** 1.05;
  return () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export interface GeneratedSite {
  vocabulary: { ar: string[]; en: string[] };
  /** Article ids by dossier, and the files written. */
  articles: number;
  pages: { ar: number; en: number };
  /** An article present in both languages, to edit in serve benchmarks: its dossier and id. */
  sample: { dossier: string; id: string };
}

export interface GenerateOptions {
  /** Articles (most in both languages). */
  articles: number;
  seed?: number;
  words?: { ar: string; en: string };
}

/** A tiny valid PNG: media files that exist, without weighing on the benchmark. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwAEAQH/6eWVSQAAAABJRU5ErkJggg==", "base64");

const quote = (s: string) => JSON.stringify(s);

/** Writes a content folder: site.yml, entities.yml, dossiers of 40–160 articles. */
export function generateContent(dir: string, options: GenerateOptions): GeneratedSite {
  const rand = random(options.seed ?? 7);
  const lists = options.words ?? WORD_LISTS;
  const vocabulary = { ar: readWordList("ar", lists.ar, 60_000, rand), en: readWordList("en", lists.en, 40_000, rand) };
  const draws = { ar: zipf(vocabulary.ar.length, rand), en: zipf(vocabulary.en.length, rand) };
  const words = (lang: "ar" | "en", n: number) => Array.from({ length: n }, () => vocabulary[lang][draws[lang]()]!).join(" ");
  const capital = (s: string) => s.replace(/(^|\s)([a-z])/g, (_, space: string, c: string) => space + c.toUpperCase());
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const chance = (p: number) => rand() < p;
  const write = (file: string, text: string | Buffer) => writeFileSync(file, text);

  // Entities: hundreds, named by a long tail of articles (a few are everywhere).
  const pool = { people: 400, orgs: 150, places: 120 };
  const entities = Object.fromEntries(
    Object.entries(pool).map(([kind, n]) => [kind, Array.from({ length: n }, (_, i) => ({ id: `${kind.replace(/s$/, "")}-${i}`, ar: words("ar", 2), en: capital(words("en", 2)) }))]),
  ) as Record<keyof typeof pool, { id: string; ar: string; en: string }[]>;
  const entityDraw = Object.fromEntries(Object.entries(pool).map(([kind, n]) => [kind, zipf(n, rand, 3)])) as Record<keyof typeof pool, () => number>;
  const tags = Array.from({ length: 60 }, () => words("en", 1));
  const tagDraw = zipf(tags.length, rand, 2);
  const sources = Array.from({ length: 40 }, () => ({ ar: words("ar", 2), en: capital(words("en", 2)) }));

  mkdirSync(path.join(dir, "dossiers"), { recursive: true });
  write(
    path.join(dir, "site.yml"),
    `title: { ar: ${quote(words("ar", 3))}, en: Benchmark dossiers }\ndescription: { ar: ${quote(words("ar", 12))}, en: ${quote(words("en", 12))} }\nlanguages: [ar, en]\nlocale: { ar: ar-EG, en: en-GB }\ndigits: { ar: arabic }\n`,
  );
  write(
    path.join(dir, "entities.yml"),
    Object.entries(entities)
      .map(([kind, list]) => `${kind}:\n${list.map((e, i) => `  ${e.id}:\n    ar: ${quote(e.ar)}\n    en: ${quote(e.en)}\n${i % 5 === 0 ? `    about: { ar: ${quote(words("ar", 12))}, en: ${quote(words("en", 12))} }\n` : ""}`).join("")}`)
      .join(""),
  );

  const pages = { ar: 0, en: 0 };
  let sample: GeneratedSite["sample"] | undefined;
  let written = 0;
  for (let d = 0; written < options.articles; d++) {
    const dossierId = `dossier-${d}`;
    const dossierDir = path.join(dir, "dossiers", dossierId);
    mkdirSync(path.join(dossierDir, "media"), { recursive: true });
    const images = Array.from({ length: 4 }, (_, i) => `media/photo-${i}.png`);
    for (const image of images) write(path.join(dossierDir, image), PNG);
    write(path.join(dossierDir, "dossier.ar.md"), `---\ntitle: ${quote(words("ar", 4))}\nsummary: ${quote(words("ar", 20))}\norder: ${d + 1}\n---\n\n${words("ar", 80)}\n\n${words("ar", 60)}\n`);
    write(path.join(dossierDir, "dossier.en.md"), `---\ntitle: ${quote(capital(words("en", 4)))}\nsummary: ${quote(words("en", 20))}\norder: ${d + 1}\n---\n\n${words("en", 80)}\n\n${words("en", 60)}\n`);
    const size = Math.min(int(40, 160), options.articles - written);
    // Most articles in both languages; some in one only, Arabic more often.
    // Numbered across the whole site: an article id is used once in a site (its permalink).
    const ids = Array.from({ length: size }, (_, a) => {
      const roll = rand();
      return { id: `article-${written + a}`, langs: (roll < 0.08 ? ["ar"] : roll < 0.12 ? ["en"] : ["ar", "en"]) as ("ar" | "en")[] };
    });
    for (const { id, langs } of ids) {
      const year = int(2015, 2026);
      const date = `${year}-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}`;
      const time = chance(0.4) ? ` ${String(int(0, 23)).padStart(2, "0")}:${String(int(0, 59)).padStart(2, "0")}` : "";
      const pick = (kind: keyof typeof pool, max: number) => [...new Set(Array.from({ length: int(0, max) }, () => entities[kind][entityDraw[kind]()]!.id))];
      const named = { people: pick("people", 4), orgs: pick("orgs", 2), places: pick("places", 3) };
      const articleTags = [...new Set(Array.from({ length: int(0, 3) }, () => tags[tagDraw()]!))];
      const image = chance(0.25) ? images[int(0, images.length - 1)] : undefined;
      const source = sources[int(0, sources.length - 1)]!;
      const hasUrl = chance(0.6);
      const via = chance(0.2) ? sources[int(0, sources.length - 1)]! : undefined;
      const note = chance(0.15);
      const other = ids[int(0, ids.length - 1)]!;
      for (const lang of langs) {
        const original = lang === langs[0];
        const heading = (level: number) => `${"#".repeat(level)} ${capital(words(lang, int(2, 5)))}`;
        const paragraph = () => {
          let text = words(lang, int(55, 95));
          if (chance(0.3)) text = text.replace(/ (\S+) /, (_, w: string) => ` **${w}** `);
          if (chance(0.15)) text += ` [${words(lang, 2)}](https://example.org/${lang}/${int(1, 9999)})`;
          if (chance(0.08) && other.id !== id && other.langs.includes(lang)) text += ` [${words(lang, 2)}](/${lang}/${dossierId}/${other.id}/)`;
          return text;
        };
        const blocks: string[] = [];
        for (let p = 0; p < 7; p++) {
          if (p > 0 && p % 3 === 0) blocks.push(heading(2));
          blocks.push(chance(0.07) ? Array.from({ length: int(3, 5) }, () => `- ${words(lang, int(4, 10))}`).join("\n") : paragraph());
        }
        const front = [
          `title: ${quote(lang === "en" ? capital(words(lang, int(5, 10))) : words(lang, int(5, 10)))}`,
          `date: ${date}${time}`,
          chance(0.5) ? `retrieved: ${Math.min(year + 1, 2026)}-01-15` : "",
          `source:\n  name: ${quote(source[lang])}${hasUrl ? `\n  url: https://news.example.org/${year}/${int(1, 99999)}` : ""}${chance(0.3) ? `\n  author: ${quote(lang === "en" ? capital(words(lang, 2)) : words(lang, 2))}` : ""}${via ? `\n  via:\n    - name: ${quote(via[lang])}` : ""}`,
          `summary: ${quote(words(lang, int(18, 35)))}`,
          ...Object.entries(named).filter(([, list]) => list.length).map(([kind, list]) => `${kind}: [${list.join(", ")}]`),
          articleTags.length ? `tags: [${articleTags.join(", ")}]` : "",
          image ? `image:\n  src: ${image}\n  caption: ${quote(words(lang, int(6, 14)))}\n  credit: ${quote(source[lang])}` : "",
          `translation:\n  status: ${original ? "original" : "translated"}${original ? "" : `\n  by: ${quote(lang === "en" ? capital(words(lang, 2)) : words(lang, 2))}`}`,
          note ? `note: ${quote(words(lang, int(15, 40)))}` : "",
        ].filter(Boolean);
        write(path.join(dossierDir, `${id}.${lang}.md`), `---\n${front.join("\n")}\n---\n\n${blocks.join("\n\n")}\n`);
        pages[lang]++;
      }
      if (!sample && langs.length === 2) sample = { dossier: dossierId, id };
      written++;
    }
  }
  return { vocabulary, articles: written, pages, sample: sample! };
}
