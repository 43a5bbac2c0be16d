import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { FIXTURES } from "../support/build-fixture.ts";
import { runCli } from "../support/run-cli.ts";

test("a link the site drops (javascript:, vbscript:, data:, file:, in any spelling, in the text or the note) is a warning naming the file, the field and the link; the check still passes", async () => {
  const result = await runCli(["check", "--content", path.join(FIXTURES, "xss", "content")]);
  assert.equal(result.code, 0, result.stderr);
  const blocks = result.stderr.split("\n\n");
  const english = blocks.find((b) => b.includes(path.join("payloads", "fields.en.md")));
  assert.ok(english, result.stderr);
  for (const [field, shown] of [
    ["(text)", `"javascript:window.__pwned=\\"body:link\\"" (the link "javascript")`],
    ["(text)", `"JaVaScRiPt:window.__pwned=\\"body:link-case\\"" (the link "mixed case")`],
    ["(text)", `"javascript:window.__pwned=\\"body:link-entity\\"" (the link "entity")`],
    ["(text)", `"javascript:window.__pwned=\\"body:link-hex\\"" (the link "hex entity")`],
    ["(text)", `"vbscript:msgbox(1)" (the link "vbscript")`],
    ["(text)", `"data:text/html;base64,`],
    ["(text)", `"file:///etc/passwd" (the link "file")`],
    ["(text)", `"javascript:window.__pwned=\\"body:autolink\\""`],
    ["(text)", `"vbscript:msgbox(1)" (the link "reference")`],
    ["(text)", `"javascript:window.__pwned=\\"body:image\\"" (the link "image")`],
    ["note", `"javascript:window.__pwned=\\"note:link\\"" (the link "see this")`],
  ]) {
    assert.ok(english.includes(`  ${field}: expected a link to a web page (https://…), an e-mail address (mailto:), a phone number (tel:) or a page of the site, found ${shown}`), `${field} ${shown}\n${english}`);
  }
  assert.ok(!english.includes("example.org"), "web links are not warned about");
});

test("refused links written without an entity are found in any text, Arabic or English, and texts without one are let through", async () => {
  const { unsafeLinkWarnings } = await import("../../scripts/content/unsafe-links.ts");
  const found = (body: string) => unsafeLinkWarnings({ file: "a.ar.md", name: "a.ar.md", data: {}, body }).map((w) => w.found);
  for (const [body, shown] of [
    ["قال الوزير في الساعة 10:30 [انظر](javascript\\:alert(2)) ثم", "javascript:alert(2)"],
    ["See ftp://files.example.org/report.pdf for the rest.", "ftp://files.example.org/report.pdf"],
    ["الساعة 10:30-ftp://files.example.org/r.pdf", "ftp://files.example.org/r.pdf"],
    ["See 2024.ftp://files.example.org/r.pdf", "ftp://files.example.org/r.pdf"],
    ["[x](VBScript:msgbox(3))", "VBScript:msgbox(3)"],
    ["[a]\n\n[a]:FILE:///etc/passwd", "FILE:///etc/passwd"],
    ["<data:text/html,hi>", "data:text/html,hi"],
  ]) {
    const warnings = found(body!);
    assert.equal(warnings.length, 1, body);
    assert.ok(warnings[0]!.includes(JSON.stringify(shown)), `${body}\n${warnings[0]}`);
  }
  for (const body of ["الساعة 10:30، قال: [المصدر](https://example.org/a) و[صفحة](/ar/x/) و<mailto:a@example.org> و[هاتف](tel:+9611234)", "Note: see https://example.org and http://x.example for more."]) {
    assert.deepEqual(found(body), [], body);
  }
});
