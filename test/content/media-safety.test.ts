import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { svgActiveContent } from "../../scripts/content/svg-active-content.ts";
import { FIXTURES, SAMPLE_CONTENT } from "../support/build-fixture.ts";
import { runCli } from "../support/run-cli.ts";

const MEDIA = path.join(FIXTURES, "hostile-media", "content", "dossiers", "d", "media");

test("an SVG that could run or load something, or a page in media/, is refused, each file named with what is wrong in it", async () => {
  const result = await runCli(["check", "--content", path.join(FIXTURES, "hostile-media", "content")]);
  assert.equal(result.code, 1);
  const output = result.stdout + result.stderr;
  for (const [file, what] of [
    ["script.svg", "a <script> element (line 1)"],
    ["onload.svg", "an event handler onload on <svg>"],
    ["foreign-object.svg", "a <foreignObject> element (line 2)"],
    ["script-link.svg", "a javascript: address in x:href of <a>"],
    ["entity.svg", "an <!ENTITY> declaration (line 2)"],
    ["stylesheet.svg", "an xml-stylesheet instruction"],
    ["outside-use.svg", "<use> loads https://tracker.example/sprite.svg#a"],
    ["animated-link.svg", "<set> changes a link's address"],
    ["utf-16.svg", "a <script> element"],
    ["namespaced-script.svg", "a <h:script> element"],
    ["page.html", "a .html file, which a browser would open as a page of the site"],
  ] as const) {
    const block = output.split("\n\n").find((b) => b.includes(`media/${file}\n`));
    assert.ok(block, `${file} is named`);
    assert.ok(block.includes(what), `${file}: ${what}\n${block}`);
  }
  assert.ok(!output.includes("clean.svg"), "an SVG that only draws (gradients, #fragment uses, a web link) passes");
  assert.match(output, /11 problems in 11 files/);
});

test("the sample's own SVG passes the same check", async () => {
  assert.deepEqual(svgActiveContent(await readFile(path.join(SAMPLE_CONTENT, "dossiers", "milaff-guide", "media", "content-folders.svg"))), []);
  assert.deepEqual(svgActiveContent(await readFile(path.join(MEDIA, "clean.svg"))), []);
});
