import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { SAMPLE_CONTENT } from "../support/build-fixture.ts";
import { runCli } from "../support/run-cli.ts";

async function sampleWith(edits: Record<string, string>): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), "milaff-urls-")), "content");
  await cp(SAMPLE_CONTENT, dir, { recursive: true });
  for (const [file, aliases] of Object.entries(edits)) {
    const full = path.join(dir, "dossiers", "milaff-guide", file);
    await writeFile(full, (await readFile(full, "utf8")).replace(/^---\n/, `---\naliases: [${aliases}]\n`));
  }
  return dir;
}

test("milaff check fails, naming both files, when an alias would take a live article's address", async () => {
  const content = await sampleWith({ "getting-started.en.md": "search" });
  const { code, stderr } = await runCli(["check", "--content", content]);
  assert.equal(code, 1);
  assert.match(stderr, /getting-started\.en\.md\n\s+aliases\[0\]: expected an old id that no article has now, found "search", the id of \S*milaff-guide\/search\.(ar|en)\.md: both would claim \/(ar|en)\/milaff-guide\/search\//);
});

test("milaff check fails, naming both files, when two articles list the same old id", async () => {
  const content = await sampleWith({ "getting-started.en.md": "old-guide", "search.ar.md": "old-guide" });
  const { code, stderr } = await runCli(["check", "--content", content]);
  assert.equal(code, 1);
  assert.match(stderr, /aliases\[0\]: expected an old id of this article only, found "old-guide", also an old id in \S*getting-started\.en\.md \(aliases\[0\]\)/);
});

test("an alias equal to the article's own id is refused", async () => {
  const content = await sampleWith({ "search.en.md": "search" });
  const { code, stderr } = await runCli(["check", "--content", content]);
  assert.equal(code, 1);
  assert.match(stderr, /found "search", its own id/);
});
