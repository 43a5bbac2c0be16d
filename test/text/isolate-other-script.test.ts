import assert from "node:assert/strict";
import { test } from "node:test";
import { createMarkdown } from "../../scripts/text/markdown/create-markdown.ts";

const md = createMarkdown();
const render = (text: string, lang: "ar" | "en") => md.render(text, { base: "/", dossierId: "d", lang, blockIds: false }).trim();

test("Arabic words in an English list keep their places: each is isolated, the commas between them stay the sentence's", () => {
  assert.equal(
    render("so والأردن finds الأردن, بمصر finds مصر", "en"),
    '<p>so <bdi dir="rtl">والأردن</bdi> finds <bdi dir="rtl">الأردن</bdi>, <bdi dir="rtl">بمصر</bdi> finds <bdi dir="rtl">مصر</bdi></p>',
  );
});

test("Latin names and paths in Arabic are isolated with their slashes; text in one script is left as it is, escaped", () => {
  assert.equal(render("ضع الملف في content/dossiers/ ثم شغّل milaff", "ar"), '<p>ضع الملف في <bdi dir="ltr">content/dossiers/</bdi> ثم شغّل <bdi dir="ltr">milaff</bdi></p>');
  assert.equal(render("Jordan & Libya <b>", "en"), "<p>Jordan &amp; Libya &lt;b&gt;</p>");
});
