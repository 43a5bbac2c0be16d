import assert from "node:assert/strict";
import { test } from "node:test";
import { splitTitle } from "../../scripts/import/split-title.ts";

test("the site's name is split from the title at each kind of separator", () => {
  const title = "تعاون عسكري بين ليبيا والأردن… صدام حفتر يُعزّز شبكة تحالفاته";
  for (const separator of [" - ", " | ", " – ", " — "]) {
    assert.deepEqual(splitTitle(`${title}${separator}تواصل نيوز`), { title, site: "تواصل نيوز" }, JSON.stringify(separator));
  }
});

test("the last separator decides, so a dash inside the title stays", () => {
  assert.deepEqual(splitTitle("المحادثات الليبية - الأردنية تتواصل | النهار"), { title: "المحادثات الليبية - الأردنية تتواصل", site: "النهار" });
});

test("a long last part is part of the title, not a site name", () => {
  const line = "Haftar in Amman - talks on training, border security and counter-terrorism with Jordan";
  assert.deepEqual(splitTitle(line), { title: line });
  assert.deepEqual(splitTitle("عنوان بلا اسم موقع"), { title: "عنوان بلا اسم موقع" });
});
