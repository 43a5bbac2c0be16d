import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync, type Zippable } from "fflate";
import { textDirection } from "../../content/ids.ts";
import { escapeHtml } from "../../text/escape-html.ts";
import type { DossierBook } from "./dossier-book.ts";

/*
 * An EPUB 3 container for a book: the mimetype first and uncompressed, the package document
 * with a right-to-left page progression for right-to-left languages, a navigation document,
 * the chapters, the site's fonts and the pictures. Every entry carries the same time, taken
 * from the content, so that the same content gives the same bytes.
 */

export interface BookParts {
  book: DossierBook;
  identifier: string;
  publisher: string;
  contentsTitle: string;
  /** The stylesheet, its url()s pointing into fonts/. */
  css: string;
  fonts: string[];
}

const xhtmlPage = (lang: string, title: string, body: string, extra = "") =>
  `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${lang}" lang="${lang}" dir="${textDirection(lang as "ar")}">
<head>
<meta charset="utf-8"/>
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" type="text/css" href="../css/book.css"/>
</head>
<body${extra}>
${body}
</body>
</html>
`;

/** Zip times are local wall-clock fields: noon of the content's day, the same in every time zone. */
function entryTime(date: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12, 0, 0);
}

export function packEpub({ book, identifier, publisher, contentsTitle, css, fonts }: BookParts): Uint8Array {
  const { lang } = book;
  const dir = textDirection(lang);
  const ids = new Map<string, string>();
  const manifest: string[] = [`<item id="nav" href="text/nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>`, `<item id="css" href="css/book.css" media-type="text/css"/>`];
  book.chapters.forEach((c, i) => {
    ids.set(c.file, `c${i}`);
    manifest.push(`<item id="c${i}" href="text/${encodeURI(c.file)}" media-type="application/xhtml+xml"/>`);
  });
  fonts.forEach((f, i) => manifest.push(`<item id="f${i}" href="fonts/${encodeURI(path.basename(f))}" media-type="font/woff2"/>`));
  book.images.forEach((img, i) => manifest.push(`<item id="i${i}" href="images/${img.file.split("/").map(encodeURIComponent).join("/")}" media-type="${img.mediaType}"/>`));
  const modified = `${book.modified.date}T${book.modified.time ?? "00:00"}:00Z`;
  const opf = `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${lang}" dir="${dir}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="book-id">${escapeHtml(identifier)}</dc:identifier>
<dc:title>${escapeHtml(book.title)}</dc:title>
<dc:language>${lang}</dc:language>
<dc:publisher>${escapeHtml(publisher)}</dc:publisher>
${book.summary ? `<dc:description>${escapeHtml(book.summary)}</dc:description>\n` : ""}<meta property="dcterms:modified">${modified}</meta>
</metadata>
<manifest>
${manifest.join("\n")}
</manifest>
<spine${dir === "rtl" ? ' page-progression-direction="rtl"' : ""}>
<itemref idref="nav"/>
${book.chapters.map((c) => `<itemref idref="${ids.get(c.file)}"/>`).join("\n")}
</spine>
</package>
`;
  const nav = xhtmlPage(
    lang,
    contentsTitle,
    `<nav epub:type="toc" id="toc" role="doc-toc">
<h1>${escapeHtml(contentsTitle)}</h1>
<ol>
${book.chapters.map((c) => `<li><a href="${encodeURI(c.file)}"${c.lang !== lang ? ` xml:lang="${c.lang}" lang="${c.lang}" dir="${textDirection(c.lang)}"` : ""}>${escapeHtml(c.title)}</a></li>`).join("\n")}
</ol>
</nav>`,
  );
  const mtime = entryTime(book.modified.date);
  const files: Zippable = {
    mimetype: [strToU8("application/epub+zip"), { level: 0, mtime }],
    "META-INF/container.xml": [
      strToU8(`<?xml version="1.0" encoding="utf-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`),
      { mtime },
    ],
    "EPUB/package.opf": [strToU8(opf), { mtime }],
    "EPUB/css/book.css": [strToU8(css), { mtime }],
    "EPUB/text/nav.xhtml": [strToU8(nav), { mtime }],
  };
  for (const c of book.chapters) {
    const other = c.lang !== lang ? ` xml:lang="${c.lang}" lang="${c.lang}" dir="${textDirection(c.lang)}"` : "";
    files[`EPUB/text/${c.file}`] = [strToU8(xhtmlPage(lang, c.title, `<section epub:type="chapter" role="doc-chapter"${other}>\n${c.body}\n</section>`)), { mtime }];
  }
  // Fonts and pictures are compressed already.
  for (const f of fonts) files[`EPUB/fonts/${path.basename(f)}`] = [readFileSync(f), { level: 0, mtime }];
  for (const img of book.images) files[`EPUB/images/${img.file}`] = [readFileSync(img.source), { level: img.mediaType === "image/svg+xml" ? 9 : 0, mtime }];
  return zipSync(files, { level: 9 });
}
