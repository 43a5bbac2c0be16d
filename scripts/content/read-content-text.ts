import { readFile } from "node:fs/promises";
import type { Findings } from "./content-warning.ts";
import { limitOpenFiles } from "./limit-open-files.ts";

// ignoreBOM keeps a byte-order mark in the text, to be seen and warned about.
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The number of the first line holding bytes that are not UTF-8. */
function firstBadLine(bytes: Buffer): number {
  let start = 0;
  for (let line = 1; ; line++) {
    const end = bytes.indexOf(0x0a, start);
    try {
      decoder.decode(bytes.subarray(start, end === -1 ? bytes.length : end));
    } catch {
      return line;
    }
    if (end === -1) return line;
    start = end + 1;
  }
}

const megabytes = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;

/**
 * A content file's text, as UTF-8 with LF line endings. Bytes that are not UTF-8 and files over
 * `maxBytes` are problems (null is returned); a byte-order mark and Windows line endings are
 * warnings, since the file reads the same without them.
 */
export async function readContentText(
  file: string,
  shown: string,
  found: Findings,
  options: { maxBytes?: number } = {},
): Promise<string | null> {
  const bytes = await limitOpenFiles(() => readFile(file));
  if (options.maxBytes !== undefined && bytes.length > options.maxBytes) {
    found.problems.push({
      file: shown,
      field: "(file)",
      expected: `an article under ${megabytes(options.maxBytes)} (a long article is 50–100 KB)`,
      found: megabytes(bytes.length),
      hint: "this is more than one article: check that a whole page or a book was not pasted in, or split it into several articles.",
    });
    return null;
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    found.problems.push({
      file: shown,
      field: `line ${firstBadLine(bytes)}`,
      expected: "text in UTF-8",
      found: "bytes that are not UTF-8",
      hint: "save the file as UTF-8 (in your editor's Save As or encoding menu); text from an old Arabic site is often windows-1256, which milaff import reads and writes as UTF-8.",
    });
    return null;
  }
  if (text.startsWith("\uFEFF")) {
    text = text.slice(1);
    found.warnings.push({
      file: shown,
      field: "(encoding)",
      expected: "UTF-8 without a byte-order mark",
      found: "a byte-order mark (U+FEFF) at the start",
      hint: 'milaff reads the file anyway; save it as "UTF-8" rather than "UTF-8 with BOM" so that other tools read its first line too.',
    });
  }
  if (text.includes("\r")) {
    text = text.replace(/\r\n?/g, "\n");
    found.warnings.push({
      file: shown,
      field: "(line endings)",
      expected: "lines ending in LF, as on Linux and macOS",
      found: "Windows line endings (CRLF)",
      hint: "milaff reads the file anyway; set your editor to LF line endings (VS Code: click CRLF in the status bar) so that changes show cleanly in git.",
    });
  }
  return text;
}
