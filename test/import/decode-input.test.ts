import assert from "node:assert/strict";
import { test } from "node:test";
import iconv from "iconv-lite";
import { decodeInput } from "../../scripts/import/decode-input.ts";
import { ImportError } from "../../scripts/import/import-error.ts";

const TEXT = "تعاون عسكري بين ليبيا والأردن\nصدام حفتر في عمّان، ٢٠٢٦.\n";
const utf16be = (s: string) => Buffer.from(s, "utf16le").swap16();

const encodings: [string, Buffer, string][] = [
  ["UTF-8", Buffer.from(TEXT, "utf8"), "utf-8"],
  ["UTF-8 with a byte-order mark", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), "utf-8"],
  ["UTF-16 little-endian with a byte-order mark", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]), "utf-16le"],
  ["UTF-16 big-endian with a byte-order mark", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]), "utf-16be"],
  ["UTF-16 little-endian without a mark", Buffer.from(TEXT, "utf16le"), "utf-16le"],
  ["UTF-16 big-endian without a mark", utf16be(TEXT), "utf-16be"],
  ["windows-1256", iconv.encode(TEXT.replace("٢٠٢٦", "2026"), "windows-1256"), "windows-1256"],
];

for (const [name, bytes, encoding] of encodings) {
  test(`decodes ${name}`, () => {
    const decoded = decodeInput(bytes, "input.txt");
    assert.equal(decoded.encoding, encoding);
    assert.equal(decoded.text, encoding === "windows-1256" ? TEXT.replace("٢٠٢٦", "2026") : TEXT);
  });
}

test("CRLF and CR line endings become LF", () => {
  assert.equal(decodeInput(Buffer.from("سطر أول\r\nسطر ثان\rسطر ثالث"), "x").text, "سطر أول\nسطر ثان\nسطر ثالث");
});

test("a saved HTML page's declared charset wins", () => {
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>${TEXT}</p></body></html>`;
  const decoded = decodeInput(iconv.encode(html.replace("٢٠٢٦", "2026"), "windows-1256"), "page.html");
  assert.equal(decoded.encoding, "windows-1256");
  assert.match(decoded.text, /صدام حفتر في عمّان/);
});

test("empty, blank and binary input are refused with a message that says what to do", () => {
  assert.throws(() => decodeInput(Buffer.alloc(0), "a.txt"), (e: Error) => e instanceof ImportError && /a\.txt is empty/.test(e.message));
  assert.throws(() => decodeInput(Buffer.from(" \n\t\n"), "b.txt"), /b\.txt holds only blank space/);
  assert.throws(() => decodeInput(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]), "c.png"), /c\.png looks like a binary file/);
});
