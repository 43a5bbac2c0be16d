import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { blockId, blockIdDistance, MAX_EDIT_DISTANCE, nearestBlockId } from "../../scripts/text/block-id.ts";
import { createMarkdown } from "../../scripts/text/markdown/create-markdown.ts";
import { FIXTURES } from "../support/build-fixture.ts";

const md = createMarkdown();
const source = await readFile(path.join(FIXTURES, "paragraph-ids", "article.md"), "utf8");
const blocks = source.trim().split(/\n\n/);

/** Each top-level block's text (its first 30 characters) and id, as rendered. */
function ids(markdown: string): Map<string, string> {
  const { document } = parseHTML(`<div>${md.render(markdown, { base: "/", dossierId: "d" })}</div>`);
  const found = new Map<string, string>();
  for (const element of document.querySelectorAll("div > [id]")) found.set(element.textContent!.trim().slice(0, 30), element.id);
  return found;
}

const original = ids(source);

test("every top-level paragraph, heading, list and block quote gets a short ASCII id", () => {
  const { document } = parseHTML(`<div>${md.render(source, { base: "/", dossierId: "d" })}</div>`);
  const tags = [...document.querySelectorAll("div > [id]")].map((e) => e.tagName.toLowerCase());
  assert.deepEqual(tags, ["h2", "p", "p", "ul", "blockquote", "p", "p"]);
  for (const id of original.values()) assert.match(id, /^p-[0-9a-z]{12}$/);
  assert.equal(new Set(original.values()).size, original.size, "ids are distinct");
});

test("inserting a paragraph at the top, deleting one in the middle and swapping two leave every other id unchanged", () => {
  const edited = ["A paragraph added at the top by the curator.", ...blocks];
  edited.splice(3, 1); // the second Arabic paragraph goes
  [edited[5], edited[6]] = [edited[6]!, edited[5]!]; // the quotation and the English paragraph swap
  const after = ids(edited.join("\n\n"));
  for (const [text, id] of original) {
    if (text.startsWith("في السياق")) assert.ok(![...after.values()].includes(id), "the deleted paragraph's id is gone");
    else assert.equal(after.get(text), id, text);
  }
});

test("editing a paragraph's diacritics, letter case or hamza spelling leaves its id unchanged", () => {
  const edited = source
    .replace("يُكثّف نائب القائد العام", "يكثف نائب القائد العام")
    .replace("عمّان", "عمان")
    .replace("أهمية مضاعفة", "اهمية مضاعفة")
    .replace("The visit followed", "the visit followed");
  assert.deepEqual([...ids(edited).values()], [...original.values()]);
});

test("an edited paragraph's new id is close to its old one; other paragraphs' ids are far", () => {
  const before = blocks[1]!;
  const after = before.replace("بعد نحو أربعة أشهر", "بعد خمسة أشهر تقريباً");
  const [a, b] = [blockId(before), blockId(after)];
  assert.notEqual(a, b);
  assert.ok(blockIdDistance(a, b)! <= MAX_EDIT_DISTANCE, `edited: ${blockIdDistance(a, b)} bits apart`);
  const others = [...original.values()].filter((id) => id !== a);
  for (const id of others) assert.ok(blockIdDistance(a, id)! > MAX_EDIT_DISTANCE, `unrelated: ${blockIdDistance(a, id)} bits apart`);
  assert.equal(nearestBlockId(a, [...others, b]), b);
  assert.equal(nearestBlockId(a, others), null, "nothing close enough: no guess");
});

test("repeated paragraphs get numbered ids in document order", () => {
  const { document } = parseHTML(`<div>${md.render("Same text.\n\nOther.\n\nSame text.", { base: "/", dossierId: "d" })}</div>`);
  const found = [...document.querySelectorAll("p")].map((p) => p.id);
  assert.equal(found[2], `${found[0]}-2`);
});

test("published ids never change: these are the ids milaff has always given", () => {
  // If this fails, an upgrade would break every paragraph link ever shared: change the folding
  // or the signature only with a way to keep old ids working.
  assert.deepEqual([...original.values()], [
    "p-he6srg842knm",
    "p-7f2hbd075g1t",
    "p-39qkgkmfetvf",
    "p-cct66ycf4gb8",
    "p-eqmw0kwakfkk",
    "p-nwk0dbb63bk2",
    "p-nz170tme0e1a",
  ]);
});
