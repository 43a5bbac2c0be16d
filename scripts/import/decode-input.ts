import { ImportError } from "./import-error.ts";

export interface DecodedInput {
  text: string;
  encoding: string;
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xff, 0xfe], "utf-16le"],
  [[0xfe, 0xff], "utf-16be"],
];

/** UTF-16 without a byte-order mark: Arabic and ASCII put 0x06 or 0x00 in every other byte. */
function utf16Order(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0x00 || sample[i] === 0x06) even++;
    if (sample[i + 1] === 0x00 || sample[i + 1] === 0x06) odd++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return null;
  if (odd / pairs > 0.6 && even / pairs < 0.2) return "utf-16le";
  if (even / pairs > 0.6 && odd / pairs < 0.2) return "utf-16be";
  return null;
}

/** The charset an HTML page declares in its first bytes (`<meta charset>` or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const charset = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  return charset && charset !== "utf-8" && charset !== "utf8" ? charset : null;
}

/**
 * Decodes what a curator saved: UTF-8 with or without BOM, UTF-16 (with or without BOM), an
 * HTML page's declared charset, or windows-1256 (older Arabic sites) when the bytes are not
 * UTF-8. Line endings become \n.
 */
export function decodeInput(bytes: Uint8Array, source: string): DecodedInput {
  if (!bytes.length) throw new ImportError(`${source} is empty: save the article's text or page into it first.`);
  let encoding: string | null = null;
  let start = 0;
  for (const [bom, name] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) [encoding, start] = [name, bom.length];
  }
  encoding ??= utf16Order(bytes);
  if (!encoding && bytes.includes(0)) {
    throw new ImportError(`${source} looks like a binary file, not text or HTML: import the saved page (.html) or its text (.txt).`);
  }
  if (!encoding) {
    encoding = declaredCharset(bytes);
    if (encoding && !isSupported(encoding)) encoding = null;
  }
  if (!encoding) {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      encoding = "utf-8";
    } catch {
      encoding = "windows-1256";
    }
  }
  const text = new TextDecoder(encoding).decode(bytes.subarray(start)).replace(/\r\n?/g, "\n");
  if (!text.trim()) throw new ImportError(`${source} holds only blank space: save the article's text or page into it first.`);
  if (/[\u0000-\u0008\u000E-\u001F]/.test(text)) {
    throw new ImportError(`${source} looks like a binary file, not text or HTML: import the saved page (.html) or its text (.txt).`);
  }
  return { text, encoding };
}

function isSupported(encoding: string): boolean {
  try {
    new TextDecoder(encoding);
    return true;
  } catch {
    return false;
  }
}
