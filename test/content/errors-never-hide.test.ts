import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { ContentError } from "../../scripts/content/content-error.ts";
import { loadValidContent } from "../../scripts/content/validate-content.ts";
import { FIXTURES } from "../support/build-fixture.ts";

/** A copy of a small valid site, with some files changed; the problems found, as "file field: found — hint". */
async function problemsAfter(edits: Record<string, (text: string) => string>): Promise<string[]> {
  const content = path.join(await mkdtemp(path.join(os.tmpdir(), "milaff-hide-")), "content");
  await cp(path.join(FIXTURES, "bilingual-basic", "content"), content, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(content, file);
    await writeFile(target, edit(await readFile(target, "utf8")));
  }
  const error = await loadValidContent(content).then(() => assert.fail("the content should be refused"), (e: unknown) => e);
  assert.ok(error instanceof ContentError, String(error));
  return error.problems.map((p) => `${path.basename(p.file)} ${p.field}: ${p.found} — ${p.hint}`);
}

test("a broken x.ar.md is reported alone: no false 'only version' on its untouched translation x.en.md", async () => {
  const problems = await problemsAfter({ "dossiers/main/paired.ar.md": (t) => t.replace("title: مقال مترجم", 'title: "مقال مترجم') });
  assert.equal(problems.length, 1, problems.join("\n"));
  assert.match(problems[0]!, /^paired\.ar\.md line 2: an opening " that is never closed/);
});

test("an entity typo is reported in the same run as the file's other errors, with did-you-mean", async () => {
  const problems = await problemsAfter({
    "dossiers/main/paired.ar.md": (t) => t.replace("date: 2026-01-09 06:43", "date: 9 يناير").replace("people: [saddam-haftar]", "people: [saddam-hafter]").replace("title:", "titel:"),
  });
  assert.deepEqual(problems.map((p) => p.split(":")[0]).sort(), ["paired.ar.md date", "paired.ar.md people[0]", "paired.ar.md titel"]);
  assert.ok(problems.includes('paired.ar.md people[0]: "saddam-hafter", which is not there — did you mean saddam-haftar? Otherwise add saddam-hafter to entities.yml under people: with its names in each language.'));
  assert.ok(problems.some((p) => p.startsWith("paired.ar.md titel: an unknown field — did you mean title?")), "the typo, not also a missing title");
  assert.ok(problems.every((p) => !p.includes("paired.en.md")), "the translation beside it is fine");
});

test("a misspelt image path and a misspelt entity show while the front matter has other problems", async () => {
  const problems = await problemsAfter({
    "dossiers/main/paired.en.md": (t) => t.replace("media/photo.svg", "media/Photo.svg").replace("places: [amman]", "places: [aman]").replace("translation: { status: translated", "translation: { status: translatd"),
  });
  assert.deepEqual(problems.map((p) => p.split(":")[0]).sort(), ["paired.en.md image.src", "paired.en.md places[0]", "paired.en.md translation.status"]);
  assert.ok(problems.some((p) => p.includes("did you mean media/photo.svg?")));
  assert.ok(problems.some((p) => p.includes("did you mean amman?")));
});

test("an entities.yml that does not parse is reported once, not as an unknown entity in every article", async () => {
  const problems = await problemsAfter({ "entities.yml": (t) => t.replace("saddam-haftar: { ar: صدام حفتر, en: Saddam Haftar }", "saddam-haftar: { ar: صدام حفتر, en: Saddam Haftar") });
  assert.equal(problems.length, 1, problems.join("\n"));
  assert.match(problems[0]!, /^entities\.yml line 2: /);
});

test("an entity with a problem of its own is reported there, not as unknown where it is used", async () => {
  const problems = await problemsAfter({ "entities.yml": (t) => t.replace("en: Saddam Haftar", "fr: Saddam Haftar") });
  assert.ok(problems.every((p) => p.startsWith("entities.yml")), problems.join("\n"));
});
