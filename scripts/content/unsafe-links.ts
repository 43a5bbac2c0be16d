import MarkdownIt from "markdown-it";
import type { ContentProblem } from "./content-error.ts";
import type { RawMarkdown } from "./load-content.ts";
import { isSafeLink } from "./safe-link.ts";

// Reads every link as written, the refused ones too, to name them (the site's Markdown drops them).
const reader = new MarkdownIt({ html: false, linkify: true });
const markdownItAccepts = reader.validateLink.bind(reader);
reader.validateLink = () => true;

type RefusedLink = Omit<ContentProblem, "file" | "field">;

/**
 * Texts already read, for `milaff serve`, which checks every file again after each save: parsing
 * every article's Markdown again was half of its check step (0.55 s at 2,000 articles).
 */
const refusedByText = new Map<string, readonly RefusedLink[]>();

/**
 * Links in a Markdown text that the site shows as text instead (`javascript:`, `data:`, …, see
 * safe-link.ts): warnings naming the file, the field and the address, since the build can go on.
 */
function unsafeLinks(file: string, field: string, markdown: string): ContentProblem[] {
  let refused = refusedByText.get(markdown);
  if (!refused) refusedByText.set(markdown, (refused = mayRefuseLink(markdown) ? refusedLinks(markdown) : []));
  return refused.map((link) => ({ file, field, ...link }));
}

/**
 * A run of characters from a letter to a colon, in which a link's scheme could be written (a
 * backslash too: Markdown reads `\:` as a colon). It starts at a letter because linkify finds
 * `ftp://` after a sign or a digit (`10:30-ftp://…`, `v2.ftp://…`). A tab or a space in an
 * address is percent-encoded by markdown-it, after which browsers read no scheme.
 */
const SCHEME_LIKE = /[a-z][a-z0-9+.\-\\]*:/gi;

/**
 * Whether a text can hold a refused link, without parsing it: every refused address has a
 * scheme (letters, then a colon) that is not a web, e-mail or phone one, or is written with
 * entities (`&#106;avascript:`, `&colon;`). Most texts have neither, Arabic ones above all,
 * and parsing them all was a third of the check step (0.65 s at 1,000 bilingual pairs).
 */
function mayRefuseLink(markdown: string): boolean {
  if (markdown.includes("&")) return true;
  for (const [run] of markdown.matchAll(SCHEME_LIKE)) {
    if (!isSafeLink(`${run.slice(0, -1).replace(/\\/g, "")}:`)) return true;
  }
  return false;
}

function refusedLinks(markdown: string): RefusedLink[] {
  const found: RefusedLink[] = [];
  for (const block of reader.parse(markdown, {})) {
    const children = block.children ?? [];
    children.forEach((token, i) => {
      const attr = token.type === "link_open" ? "href" : token.type === "image" ? "src" : null;
      const url = attr && String(token.attrGet(attr) ?? "");
      if (url === null || isSafeLink(url)) return;
      // Images markdown-it itself accepts (data:image/png…) are already errors: not in media/.
      if (token.type === "image" && markdownItAccepts(url)) return;
      const shown = reader.normalizeLinkText(url);
      const end = children.findIndex((t, j) => j > i && t.type === "link_close");
      const text = token.type === "image" ? token.content : children.slice(i + 1, end).map((t) => t.content).join("");
      found.push({
        expected: "a link to a web page (https://…), an e-mail address (mailto:), a phone number (tel:) or a page of the site",
        found: `${JSON.stringify(shown.length > 80 ? `${shown.slice(0, 80)}…` : shown)}${text ? ` (the link "${text}")` : ""}, no web, e-mail, phone or site address (it could run a script), so the site shows it as text`,
        hint: "write the address of the page the link should open, or remove the link.",
      });
    });
  }
  return found;
}

/** The refused links of a content file's Markdown: its text, and its curator's note. */
export function unsafeLinkWarnings(raw: RawMarkdown): ContentProblem[] {
  const note = raw.data.note;
  return [...unsafeLinks(raw.file, "(text)", raw.body), ...(typeof note === "string" ? unsafeLinks(raw.file, "note", note) : [])];
}
