import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";
import { filesUnder, folderDifferences } from "../support/compare-folders.ts";
import { writeGeneratedContent } from "../support/generated-content.ts";
import { runCli } from "../support/run-cli.ts";

/*
 * Each build keeps its search index in .milaff-cache/search-index/ for the next one, which lets
 * Pagefind skip the files it would write again. What is published must be what a build from
 * nothing publishes, even when a kept file carries a name the new index gives to other bytes.
 */

const pagefindOf = (dir: string) => path.join(dir, "_site", "pagefind");

async function build(dir: string, scratch: string): Promise<void> {
  const result = await runCli(["build", "--content", path.join(dir, "content"), "--out", path.join(dir, "_site")], { env: { MILAFF_TMPDIR: scratch } });
  assert.equal(result.code, 0, result.stderr);
}

/** The id of a process that has ended: what a killed build's leftovers carry. */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", ""]).pid!;
}

test("a build through the kept index publishes the index a build from nothing does: an edited article, a kept file named like a new one, and leftovers of killed builds", async () => {
  const scratch = await mkdtemp(path.join(os.tmpdir(), "milaff-scratch-"));
  const kept = await mkdtemp(path.join(os.tmpdir(), "milaff-kept-"));
  await writeGeneratedContent(kept);
  await build(kept, scratch);
  const keptIndex = path.join(kept, ".milaff-cache", "search-index", "kept");
  assert.deepEqual(await filesUnder(keptIndex), await filesUnder(pagefindOf(kept)), "the index is kept as published");

  // An article edited: its fragment, the index chunks and the filters change, most fragments stay.
  const edited = path.join(kept, "content", "dossiers", "generated", "article-7.ar.md");
  await writeFile(edited, (await readFile(edited, "utf8")).replace(/\n\n([^]*)$/, "\n\nكلمة_جديدة_للبحث $1"));
  // Another article's kept fragment overwritten by a third one's bytes: as if an earlier index had written them under that name.
  const fragments: string[] = [];
  for (const name of (await readdir(path.join(keptIndex, "fragment"))).sort()) {
    if (!gunzipSync(await readFile(path.join(keptIndex, "fragment", name))).includes("/article-7/")) fragments.push(name);
  }
  await writeFile(path.join(keptIndex, "fragment", fragments[0]!), await readFile(path.join(keptIndex, "fragment", fragments[1]!)));
  // What killed builds leave: an index taken and never put back, Pagefind's input in the scratch folder.
  const leftovers = [path.join(kept, ".milaff-cache", "search-index", `in-use-${deadPid()}-1-0`), path.join(scratch, `milaff-index-${deadPid()}-abcdef`)];
  for (const dir of leftovers) await mkdir(path.join(dir, "pages"), { recursive: true });
  await build(kept, scratch);

  const fresh = await mkdtemp(path.join(os.tmpdir(), "milaff-fresh-"));
  await writeGeneratedContent(fresh);
  await writeFile(path.join(fresh, "content", "dossiers", "generated", "article-7.ar.md"), await readFile(edited));
  await build(fresh, scratch);

  assert.deepEqual(await folderDifferences(pagefindOf(kept), pagefindOf(fresh)), [], "the published index is the one built from nothing");
  assert.deepEqual(await filesUnder(keptIndex), await filesUnder(pagefindOf(kept)), "only the files of the new index are kept");
  assert.deepEqual(await readdir(path.join(kept, ".milaff-cache", "search-index")), ["kept"], "the index a killed build took is removed");
  assert.deepEqual(await readdir(scratch), [], "Pagefind's input left by a killed build is removed, and this build's too");
});
