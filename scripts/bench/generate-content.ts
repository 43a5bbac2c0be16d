import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/*
 * Synthetic dossier content for benchmarks, from a real Arabic word list (Debian's hunspell-ar
 * ar.dic): words drawn with a Zipf distribution so that, as in real text, a few words are
 * everywhere and most are rare. Deterministic for a given seed; generated, never committed.
 */

export const DEFAULT_WORD_LIST = "/usr/share/hunspell/ar.dic";

/** Small, fast, seeded random numbers (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function readWordList(file: string, size: number, rand: () => number): Promise<string[]> {
  const text = await readFile(file, "utf8").catch(() => {
    throw new Error(`No Arabic word list at ${file}. Install one with: apt-get install -y hunspell-ar (or pass --words FILE).`);
  });
  const words = [...new Set(text.split("\n").slice(1).map((l) => l.split("/")[0]!.trim()).filter((w) => /^[\u0621-\u064A]{2,}$/.test(w)))];
  for (let i = words.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [words[i], words[j]] = [words[j]!, words[i]!];
  }
  return words.slice(0, size);
}

/** Draws ranks 0..n-1 with probability ∝ 1 / (rank + 10)^1.05. */
function zipf(n: number, rand: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cdf[r] = sum += 1 / (r + 10) ** 1.05;
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
  vocabulary: string[];
  articles: number;
}

/** Writes a content folder with `articles` Arabic articles in dossiers of 100. */
export async function generateContent(dir: string, articles: number, wordList = DEFAULT_WORD_LIST, seed = 7): Promise<GeneratedSite> {
  const rand = random(seed);
  const vocabulary = await readWordList(wordList, 60_000, rand);
  const draw = zipf(vocabulary.length, rand);
  const words = (n: number) => Array.from({ length: n }, () => vocabulary[draw()]!).join(" ");
  const people = Array.from({ length: 300 }, (_, i) => ({ id: `person-${i}`, ar: words(2), en: `Person ${i}` }));
  await mkdir(path.join(dir, "dossiers"), { recursive: true });
  await writeFile(path.join(dir, "site.yml"), `title: { ar: موقع القياس, en: Benchmark site }\nlanguages: [ar, en]\n`);
  await writeFile(path.join(dir, "entities.yml"), `people:\n${people.map((p) => `  ${p.id}: { ar: "${p.ar}", en: "${p.en}" }`).join("\n")}\n`);
  for (let d = 0; d * 100 < articles; d++) {
    const dossier = path.join(dir, "dossiers", `dossier-${d}`);
    await mkdir(dossier, { recursive: true });
    await writeFile(path.join(dossier, "dossier.ar.md"), `---\ntitle: "${words(4)}"\nsummary: "${words(15)}"\n---\n\n${words(60)}\n`);
    await writeFile(path.join(dossier, "dossier.en.md"), `---\ntitle: "Dossier ${d}"\n---\n\nBenchmark dossier ${d}.\n`);
    const files: Promise<void>[] = [];
    for (let a = 0; a < 100 && d * 100 + a < articles; a++) {
      const date = `${2020 + Math.floor(rand() * 7)}-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rand() * 28)).padStart(2, "0")}`;
      const cited = [people[Math.floor(rand() * people.length)]!.id, people[Math.floor(rand() * people.length)]!.id];
      const body = Array.from({ length: 6 }, () => words(60 + Math.floor(rand() * 30))).join("\n\n");
      files.push(
        writeFile(
          path.join(dossier, `article-${a}.ar.md`),
          `---\ntitle: "${words(8)}"\ndate: ${date}\nsource: { name: "${words(2)}" }\nsummary: "${words(25)}"\npeople: [${[...new Set(cited)].join(", ")}]\n---\n\n${body}\n`,
        ),
      );
    }
    await Promise.all(files);
  }
  return { vocabulary, articles };
}
