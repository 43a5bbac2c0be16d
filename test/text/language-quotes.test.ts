import assert from "node:assert/strict";
import { test } from "node:test";
import { createMarkdown } from "../../scripts/text/markdown/create-markdown.ts";
import { typographicText } from "../../scripts/text/markdown/typographic-text.ts";

const md = createMarkdown();
const render = (text: string, lang?: "ar" | "en") => md.render(text, { base: "/", dossierId: "d", lang, blockIds: false }).trim();

test("English text gets English quotation marks, apostrophes and dashes", () => {
  assert.equal(render(`Haftar's visit, "a new chapter" -- and 'more'...`, "en"), "<p>Haftar’s visit, “a new chapter” – and ‘more’…</p>");
});

test("Arabic text gets « », also where a prefix and a tatweel touch the quote (لـ\"النهار\")", () => {
  assert.equal(render(`ويقول لـ"النهار" إن المحادثات "تناولت حزمة".`, "ar"), "<p>ويقول لـ«النهار» إن المحادثات «تناولت حزمة».</p>");
});

test("marks the source typed itself are kept, and an odd straight quote is left alone rather than guessed", () => {
  assert.equal(render(`نُقل عن «تواصل نيوز» و“النشرة”.`, "ar"), "<p>نُقل عن «تواصل نيوز» و“النشرة”.</p>");
  assert.equal(render(`لـ"النهار قال`, "ar"), "<p>لـ&quot;النهار قال</p>");
});

test("code keeps its straight quotes", () => {
  assert.equal(render('`title: "x"`', "ar"), '<p><code>title: &quot;x&quot;</code></p>');
});

test("plain text (a title, a summary) gets the same quotes, and nothing else of it changes", () => {
  assert.equal(typographicText(`Libya's "National Army" *is* <b> & 1\\2`, "en"), "Libya’s “National Army” *is* <b> & 1\\2");
  assert.equal(typographicText(`ويقول لـ"النهار" إن "الجيش"...`, "ar"), "ويقول لـ«النهار» إن «الجيش»...");
});
