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
