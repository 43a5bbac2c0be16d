import assert from "node:assert/strict";
import { cp, mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { FIXTURES, SAMPLE_CONTENT } from "../support/build-fixture.ts";
import { runCli } from "../support/run-cli.ts";

const PAGES = path.join(FIXTURES, "import", "figures");
const TEXT = [
  "بحث وفد عسكري ليبي رفيع في العاصمة الأردنية عمّان",
  "وقال مصدر مطلع إن المحادثات تناولت",
  "وأضاف المصدر أن الجانبين اتفقا",
  "ويرى مراقبون أن تكثيف الزيارات",
];

async function importPage(name: string, ...args: string[]) {
  const content = path.join(await mkdtemp(path.join(os.tmpdir(), "milaff-figures-")), "content");
  await cp(SAMPLE_CONTENT, content, { recursive: true });
  const result = await runCli(["import", path.join(PAGES, name), "--dossier", "haftar-alliances", "--retrieved", "2026-01-13", "--content", content, ...args]);
  assert.equal(result.code, 0, result.stderr);
  return { content, result };
}

/** Where a piece of text sits in the body, to check that a figure kept its place. */
const at = (md: string, text: string) => {
  const i = md.indexOf(text);
  assert.ok(i >= 0, `${text} is in the article`);
  return i;
};

test("a figure in the middle of a saved page: image front matter with caption, credit and alt, a note that the picture was not saved; a heading equal to the title is not repeated; an embedded video is reported", async () => {
  const { result } = await importPage("figure-in-middle.html", "--dry-run");
  const md = result.stdout;
  assert.match(md, /^image:\n {2}caption: "جانب من المحادثات العسكرية في عمّان\."\n {2}credit: "رويترز"\n {2}alt: "الوفدان حول طاولة الاجتماع"$/m);
  for (const text of TEXT) at(md, text);
  assert.equal(md.split("صورة في وسط المقال").length, 2, "the title once, in the front matter only");
  assert.match(result.stderr, /figure 1 → image \(front matter\): caption "جانب من المحادثات العسكرية في عمّان\.", credit "رويترز"; picture not saved: download https:\/\/cdn\.example\.com\/photos\/amman-talks\.jpg into media\/amman-talks\.jpg, then add image\.src/);
  assert.match(result.stderr, /line \d+ +heading equal to the title +## صورة في وسط المقال/);
  assert.match(result.stderr, /dropped {2}iframe https:\/\/www\.youtube\.com\/embed\/abc123 {2}\(an embedded iframe: Markdown cannot hold it/);
  assert.match(result.stderr, /id {7}libyan-delegation-amman /, "a readable id: key words, names in their usual spelling");
});

test("several figures: the first in the front matter, the others at their places with captions and credits; pictures saved beside the page are copied into media/, and the article passes check", async () => {
  const { content, result } = await importPage("several-figures.html", "--id", "three-figures");
  const dossier = path.join(content, "dossiers", "haftar-alliances");
  const md = await readFile(path.join(dossier, "three-figures.ar.md"), "utf8");
  assert.match(md, /^image:\n {2}src: "media\/first\.jpg"\n {2}caption: "ضباط ليبيون في أكاديمية عسكرية أردنية\."\n {2}credit: "القيادة العامة"\n {2}alt: "ضباط في قاعة التدريب"$/m);
  // Figure 2 (not saved) keeps its caption between the second and third paragraphs; figure 3 is an image with its caption between the third and fourth.
  const second = at(md, "\n\n*عربات خلال المناورات.*\n\n");
  assert.ok(at(md, TEXT[1]!) < second && second < at(md, TEXT[2]!));
  const third = at(md, "\n\n![خريطة المناورات](media/third.jpg)\n*مواقع المناورات المقترحة. (فريق التحرير)*\n\n");
  assert.ok(at(md, TEXT[2]!) < third && third < at(md, TEXT[3]!));
  for (const name of ["first.jpg", "third.jpg"]) {
    assert.deepEqual(await readFile(path.join(dossier, "media", name)), await readFile(path.join(PAGES, "several-figures_files", name)));
  }
  assert.match(result.stderr, /figure 2 → in the text, at its place: caption "عربات خلال المناورات\."; picture not saved: download https:\/\/cdn\.example\.com\/photos\/second\.jpg into media\/second\.jpg/);
  assert.match(result.stderr, /figure 3 → in the text, at its place: caption "مواقع المناورات المقترحة\.", credit "فريق التحرير"; copied from .*several-figures_files\/third\.jpg/);
  const check = await runCli(["check", "--content", content]);
  assert.equal(check.code, 0, check.stderr);
});

test("a lead image before the title: the title is still the title, the picture's caption and credit go to image", async () => {
  const { result } = await importPage("lead-image.html", "--dry-run");
  const md = result.stdout;
  assert.match(md, /^title: "صورة قبل العنوان: مناورات في البحر المتوسط"$/m);
  assert.match(md, /^image:\n {2}caption: "سفينة خلال المناورات قبالة بنغازي"\n {2}credit: "أ ف ب"\n {2}alt: "سفينة حربية"$/m);
  for (const text of TEXT) at(md, text);
  assert.ok(at(md, "---\n\n") < at(md, TEXT[0]!), "the text starts with its first paragraph");
  assert.doesNotMatch(md.split("---\n\n")[1]!, /سفينة خلال المناورات/, "the caption is not repeated in the text");
});

test("a second import of the same article gets a free id instead of replacing the first", async () => {
  const { content } = await importPage("lead-image.html");
  const again = await runCli(["import", path.join(PAGES, "lead-image.html"), "--dossier", "haftar-alliances", "--content", content]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stderr, /Wrote .*exercises-mediterranean-2026-01-12\.ar\.md\./);
});
