import { cp, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { SAMPLE_CONTENT } from "./build-fixture.ts";

/** Seeded pseudo-Arabic text: enough distinct words for Pagefind to split its index into several chunks. */
function wordMaker(seed: number): (n: number) => string {
  const letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
  let state = seed;
  const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const vocabulary = Array.from({ length: 4000 }, () => Array.from({ length: 3 + Math.floor(next() * 4) }, () => letters[Math.floor(next() * letters.length)]).join(""));
  return (n) => Array.from({ length: n }, () => vocabulary[Math.floor(next() ** 2 * vocabulary.length)]).join(" ");
}

/** The sample site plus a dossier of generated articles, at `dir`/content. */
export async function writeGeneratedContent(dir: string): Promise<string> {
  const content = path.join(dir, "content");
  await cp(SAMPLE_CONTENT, content, { recursive: true });
  const dossier = path.join(content, "dossiers", "generated");
  await mkdir(dossier);
  const words = wordMaker(11);
  await writeFile(path.join(dossier, "dossier.ar.md"), `---\ntitle: ${words(3)}\n---\n\n${words(40)}\n`);
  for (let i = 0; i < 50; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    await writeFile(path.join(dossier, `article-${i}.ar.md`), `---\ntitle: ${words(6)}\ndate: 2025-0${1 + (i % 9)}-${day}\n---\n\n${[words(120), words(120), words(120)].join("\n\n")}\n`);
  }
  return content;
}
