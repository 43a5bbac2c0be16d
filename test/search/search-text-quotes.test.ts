import assert from "node:assert/strict";
import { test } from "node:test";
import { loadValidContent } from "../../scripts/content/validate-content.ts";
import { buildModel } from "../../scripts/model/build-model.ts";
import { searchRecords } from "../../scripts/search/search-records.ts";
import { SAMPLE_CONTENT } from "../support/build-fixture.ts";

test("an excerpt's text has the quotation marks of its language, as its page has: «…» in Arabic, “…” in English", async () => {
  const records = [...searchRecords(buildModel(await loadValidContent(SAMPLE_CONTENT)))];
  const texts = records.flatMap((r) => r.texts);
  const ar = texts.find((t) => t.url.endsWith("/ar/haftar-alliances/libya-jordan-military-cooperation/"))!.text;
  const en = texts.find((t) => t.url.endsWith("/en/haftar-alliances/libya-jordan-military-cooperation/"))!.text;
  assert.match(ar, /«تعزيز التعاون/);
  assert.doesNotMatch(ar, /[“”]/);
  assert.match(en, /“National Army,”/);
});
