import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { SAMPLE_CONTENT } from "../support/build-fixture.ts";
import { runCli } from "../support/run-cli.ts";

/** Seeded pseudo-Arabic text: enough distinct words for Pagefind to split its index into several chunks. */
function wordMaker(seed: number): (n: number) => string {
  const letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
  let state = seed;
  const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const vocabulary = Array.from({ length: 4000 }, () => Array.from({ length: 3 + Math.floor(next() * 4) }, () => letters[Math.floor(next() * letters.length)]).join(""));
  return (n) => Array.from({ length: n }, () => vocabulary[Math.floor(next() ** 2 * vocabulary.length)]).join(" ");
}

/** The sample site plus a dossier of generated articles, at `dir`/content. */
async function writeContent(dir: string): Promise<string> {
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

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

test("the same content built twice, in different folders, time zones and scratch file systems, gives byte-identical sites, search index included", async () => {
  const first = await mkdtemp(path.join(os.tmpdir(), "milaff-same-a-"));
  const second = await mkdtemp(path.join(os.tmpdir(), "milaff-same-other-place-"));
  // Pagefind's input on another file system than the default (/dev/shm where there is one): it lists folders in another order.
  const scratch = await mkdtemp(path.join(os.tmpdir(), "milaff-scratch-"));
  const builds: { dir: string; env: Record<string, string> }[] = [
    { dir: first, env: { TZ: "UTC", LANG: "C" } },
    { dir: path.join(second, "nested folder"), env: { TZ: "Pacific/Kiritimati", LANG: "ar_EG.UTF-8", MILAFF_TMPDIR: scratch } },
  ];
  for (const [i, build] of builds.entries()) {
    if (i) await new Promise((resolve) => setTimeout(resolve, 1100)); // another second on the clock
    await mkdir(build.dir, { recursive: true });
    const content = await writeContent(build.dir);
    const result = await runCli(["build", "--content", content, "--out", path.join(build.dir, "_site")], { env: build.env });
    assert.equal(result.code, 0, result.stderr);
  }
  const [a, b] = builds.map((build) => path.join(build.dir, "_site")) as [string, string];
  const [listA, listB] = [await files(a), await files(b)];
  const chunks = listA.filter((f) => f.startsWith(path.join("pagefind", "index") + path.sep));
  assert.ok(chunks.length >= 3, `the search index is split into several chunks (${chunks.length})`);
  const differ = [...listA.filter((f) => !listB.includes(f)).map((f) => `only in the first: ${f}`), ...listB.filter((f) => !listA.includes(f)).map((f) => `only in the second: ${f}`)];
  for (const file of listA.filter((f) => listB.includes(f))) {
    if (!(await readFile(path.join(a, file))).equals(await readFile(path.join(b, file)))) differ.push(`bytes differ: ${file}`);
  }
  assert.deepEqual(differ, []);
});
