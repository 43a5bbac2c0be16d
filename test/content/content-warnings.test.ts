import assert from "node:assert/strict";
import { cp, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { loadValidContent } from "../../scripts/content/validate-content.ts";
import { FIXTURES } from "../support/build-fixture.ts";
import { runCli } from "../support/run-cli.ts";

test("a byte-order mark and Windows line endings are warnings with file, field and fix; check still passes and reads the file as meant", async () => {
  const content = path.join(await mkdtemp(path.join(os.tmpdir(), "milaff-warn-")), "content");
  await cp(path.join(FIXTURES, "bilingual-basic", "content"), content, { recursive: true });
  await writeFile(path.join(content, "dossiers", "main", "windows.en.md"), "\uFEFF---\r\ntitle: Saved on Windows\r\ndate: 2026-01-01\r\n---\r\n\r\nFirst line.\r\n");
  const loaded = await loadValidContent(content);
  assert.deepEqual(
    loaded.warnings.map((w) => `${path.basename(w.file)} ${w.field}`),
    // The fixture's english-only.en.md keeps a javascript: link on purpose (it stays text, with a warning).
    ["windows.en.md (encoding)", "windows.en.md (line endings)", "english-only.en.md (text)"],
  );
  const article = loaded.dossiers.flatMap((d) => d.articles).find((a) => a.id === "windows")!;
  assert.equal(article.versions.en!.data.title, "Saved on Windows");
  assert.equal(article.versions.en!.body, "\nFirst line.\n", "line endings are LF from here on");

  const check = await runCli(["check", "--content", content]);
  assert.equal(check.code, 0, check.stderr);
  assert.match(check.stderr, /⚠ 3 warnings in 2 files:\n\n(.|\n)*windows\.en\.md\n {2}\(encoding\): expected UTF-8 without a byte-order mark, found a byte-order mark \(U\+FEFF\) at the start\.\n {4}Fix: milaff reads the file anyway/);
  const build = await runCli(["build", "--content", content, "--out", path.join(path.dirname(content), "_site")]);
  assert.equal(build.code, 0, build.stderr);
  assert.match(build.stderr, /⚠ 3 warnings in 2 files/);
});
