import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { createMarkdown } from "../../scripts/text/markdown/create-markdown.ts";
import { FIXTURES } from "../support/build-fixture.ts";

/*
 * Markdown fixtures in markdown-it's format (test/fixtures/markdown/*.txt): a line of prose
 * names the case, then `.`, the Markdown, `.`, the expected HTML, `.`. Block ids come from the
 * text and are tested on their own (block-id.test.ts), so they are left out here.
 */

interface Case {
  name: string;
  markdown: string;
  html: string;
}

function readCases(file: string): Case[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const cases: Case[] = [];
  let name = "";
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== ".") {
      if (lines[i]!.trim()) name = lines[i]!;
      continue;
    }
    const parts: string[][] = [[], []];
    let part = 0;
    for (i++; i < lines.length && !(lines[i] === "." && part === 1); i++) {
      if (lines[i] === ".") part = 1;
      else parts[part]!.push(lines[i]!);
    }
    cases.push({ name, markdown: parts[0]!.join("\n"), html: parts[1]!.join("\n") });
  }
  return cases;
}

const md = createMarkdown();
const dir = path.join(FIXTURES, "markdown");
for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
  for (const c of readCases(path.join(dir, file))) {
    test(`${file}: ${c.name}`, () => {
      const html = md.render(c.markdown, { base: "/", dossierId: "d" }).replace(/ id="[^"]*"/g, "").trim();
      assert.equal(html, c.html);
    });
  }
}
