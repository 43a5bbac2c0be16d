import assert from "node:assert/strict";
import { test } from "node:test";
import { isValidId, parseContentFileName, suggestId } from "../../scripts/content/ids.ts";

test("ids are lowercase ASCII words joined by single hyphens", () => {
  for (const good of ["haftar", "libya-jordan", "2026-01-09-amman", "a1"]) assert.ok(isValidId(good), good);
  for (const bad of ["Haftar", "حفتر", "libya_jordan", "-x", "x-", "a--b", "café", "a b", ""]) assert.ok(!isValidId(bad), bad);
});

test("a suggested id for a bad one is always valid", () => {
  assert.equal(suggestId("Libya & Jordan: Café"), "libya-jordan-cafe");
  assert.equal(suggestId("حفتر"), "article-id");
  for (const raw of ["Ünïcödé Title", "  spaced  out ", "UPPER_case"]) assert.ok(isValidId(suggestId(raw)), raw);
});

test("the language is the file name's suffix and the id is the rest", () => {
  assert.deepEqual(parseContentFileName("haftar-amman.ar.md"), { id: "haftar-amman", lang: "ar" });
  assert.deepEqual(parseContentFileName("dossier.en.md"), { id: "dossier", lang: "en" });
  assert.equal(parseContentFileName("haftar.md"), null);
});
