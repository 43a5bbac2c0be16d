import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { ContentError } from "../../scripts/content/content-error.ts";
import { loadValidContent } from "../../scripts/content/validate-content.ts";
import { FIXTURES } from "../support/build-fixture.ts";

async function problemsOf(fixture: string) {
  const error = await loadValidContent(path.join(FIXTURES, fixture, "content")).then(
    () => assert.fail("expected the content to be rejected"),
    (e: unknown) => e,
  );
  assert.ok(error instanceof ContentError, String(error));
  return error;
}

test("every problem in every file is reported at once, with file, field, expected, found and a fix", async () => {
  const error = await problemsOf("five-errors");
  const dir = path.relative(process.cwd(), path.join(FIXTURES, "five-errors", "content", "dossiers", "sample"));
  assert.equal(
    error.message,
    `5 problems in 5 files:

${dir}/bad-date.ar.md
  date: expected a date written YYYY-MM-DD, optionally with a time HH:MM, found "9 يناير 2026".
    Fix: give the original publication date; write e.g. 2026-01-09 or 2026-01-09 06:43 (Gregorian calendar, month before day).

${dir}/missing-image.ar.md
  image.src: expected an image file in this dossier's media/ folder, found "media/photo.jpg", which does not exist.
    Fix: put the file at ${dir}/media/photo.jpg or correct the path.

${dir}/unknown-entity.ar.md
  people[1]: expected an id listed under people: in entities.yml, found "saddam-hafter", which is not there.
    Fix: did you mean saddam-haftar? Otherwise add saddam-hafter to entities.yml under people: with its names in each language.

${dir}/unknown-field.ar.md
  sumary: expected one of the known fields (title, date, source, retrieved, summary, people, orgs, places, tags, image, translation, note, aliases, draft, order), found an unknown field.
    Fix: did you mean summary? Field names are case-sensitive.

${dir}/حفتر.ar.md
  (file name): expected an article id of lowercase a-z, 0-9 and hyphens, found "حفتر".
    Fix: rename the file with Latin letters, e.g. its key words in English (haftar-visits-amman.ar.md); the id is the article's permanent link, and links in Arabic letters break in chat apps.`,
  );
});

test("a translation whose original is missing, a duplicate alias, bad types, a bad locale and images from elsewhere are all errors", async () => {
  const error = await problemsOf("more-errors");
  const byField = new Map(error.problems.map((p) => [`${path.basename(p.file)} ${p.field}`, p]));
  assert.deepEqual([...byField.keys()].sort(), [
    "a.ar.md aliases[0]",
    "lonely.en.md translation.status",
    "remote-image.ar.md (body image)",
    "remote-image.ar.md image.src",
    "site.yml locale.ar",
    "typed.ar.md draft",
    "typed.ar.md source.url",
    "typed.ar.md title",
  ]);
  assert.equal(byField.get("lonely.en.md translation.status")!.found, `"translated", but this is the only version of lonely`);
  assert.match(byField.get("lonely.en.md translation.status")!.expected, /lonely\.ar\.md$/);
  assert.match(byField.get("a.ar.md aliases[0]")!.found, /^"b", the id of \S*d\/b\.ar\.md: both would claim \/ar\/d\/b\//);
  assert.equal(byField.get("typed.ar.md title")!.found, "nothing (the field is missing)");
  assert.equal(byField.get("typed.ar.md draft")!.found, `"yes"`);
  assert.equal(byField.get("typed.ar.md source.url")!.expected, "a full web address starting with https:// or http://");
  assert.equal(byField.get("site.yml locale.ar")!.found, `"fr-FR"`);
  assert.equal(byField.get("remote-image.ar.md image.src")!.found, `"https://example.com/photo.jpg", a web address`);
  assert.equal(byField.get("remote-image.ar.md (body image)")!.found, `"/media/d/photo.jpg", a path outside the dossier`);
});
