import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { unzipSync } from "fflate";
import { Parser } from "htmlparser2";
import { validateXML } from "xmllint-wasm";
import { linkScheme } from "../../scripts/content/safe-link.ts";
import { svgActiveContent } from "../../scripts/content/svg-active-content.ts";
import { securityCheck } from "../../scripts/verify/page-security.ts";

/*
 * Reads every file a build wrote, in every format a reader or a program might open, for
 * anything that could run script: pages (JSON-LD blocks included), feeds and sitemaps,
 * JSON and web app manifests, SVGs, and the pages inside EPUB books. Formats added later are
 * covered by their extension.
 */

const DANGEROUS = new Set(["javascript", "vbscript", "data", "file"]);
/** JSON keys whose values are addresses (Open Graph, JSON-LD, web app manifests, CSL-JSON). */
const URL_KEY = /(^|_)(url|src|href|uri|id|start_url|scope|action|sameAs|@id|contentUrl|thumbnailUrl|logo|image)$/i;

function scanHtml(html: string, kind: "page" | "fragment"): string[] {
  const check = securityCheck(kind);
  const parser = new Parser({ onopentag: check.onopentag, ontext: check.ontext, onclosetag: check.onclosetag });
  parser.write(html);
  parser.end();
  return check.problems();
}

function scanJson(value: unknown, key = ""): string[] {
  if (typeof value === "string") return URL_KEY.test(key) && DANGEROUS.has(linkScheme(value)) ? [`${key}: a ${linkScheme(value)}: address`] : [];
  if (Array.isArray(value)) return value.flatMap((v) => scanJson(v, key));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => scanJson(v, k));
  return [];
}

/** JSON-LD and other JSON blocks inside a page, whose strings search engines and apps read as addresses. */
function scanJsonBlocks(html: string): string[] {
  const blocks = [...html.matchAll(/<script type="application\/(?:ld\+)?json"[^>]*>([\s\S]*?)<\/script>/g)];
  return blocks.flatMap((m) => {
    try {
      return scanJson(JSON.parse(m[1]!));
    } catch {
      return []; // reported by scanHtml
    }
  });
}

/** A feed or sitemap: well-formed, its HTML content safe as HTML, its addresses web addresses. */
async function scanXml(xml: string, name: string): Promise<string[]> {
  const problems: string[] = [];
  const lint = await validateXML({ xml: [{ fileName: "feed.xml", contents: xml }], normalization: "format" });
  if (!lint.valid) problems.push(`not well-formed XML: ${lint.errors.map((e) => e.message.trim()).join("; ")}`);
  const stack: { name: string; type: string; text: string }[] = [];
  let xhtml = 0;
  let fragment = securityCheck("fragment");
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        const type = (attrs.type ?? "").toLowerCase();
        stack.push({ name: tag, type, text: "" });
        if (xhtml) fragment.onopentag(tag.replace(/^.*:/, ""), attrs);
        if (type === "xhtml") xhtml++;
        for (const [attr, value] of Object.entries(attrs)) {
          if (/^(href|src|uri)$/i.test(attr) && DANGEROUS.has(linkScheme(value))) problems.push(`<${tag} ${attr}>: a ${linkScheme(value)}: address`);
        }
      },
      ontext(text) {
        // Text outside the root element (the line break after <?xml …?>) belongs to no element.
        const element = stack.at(-1);
        if (element) element.text += text;
      },
      onclosetag(tag) {
        const element = stack.pop()!;
        if (element.type === "xhtml") {
          xhtml--;
          problems.push(...fragment.problems());
          fragment = securityCheck("fragment");
        } else if (xhtml) fragment.onclosetag(tag.replace(/^.*:/, ""));
        if (element.type === "html" || /^(description|content:encoded)$/i.test(tag)) problems.push(...scanHtml(element.text, "fragment").map((p) => `<${tag}>: ${p}`));
        if (/^(loc|uri|icon|logo)$/i.test(tag) && DANGEROUS.has(linkScheme(element.text.trim()))) problems.push(`<${tag}>: a ${linkScheme(element.text)}: address`);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return problems.map((p) => `${name}: ${p}`);
}

async function scanFile(name: string, bytes: Uint8Array): Promise<string[]> {
  const text = () => new TextDecoder().decode(bytes);
  const ext = path.extname(name).toLowerCase();
  if (ext === ".html" || ext === ".htm") return [...scanHtml(text(), "page"), ...scanJsonBlocks(text())].map((p) => `${name}: ${p}`);
  if (ext === ".xhtml") return [...scanHtml(text(), "fragment"), ...scanJsonBlocks(text())].map((p) => `${name}: ${p}`);
  if ([".xml", ".atom", ".rss", ".opf", ".ncx"].includes(ext)) return scanXml(text(), name);
  if (ext === ".json" || ext === ".webmanifest" || ext === ".jsonld") {
    try {
      return scanJson(JSON.parse(text())).map((p) => `${name}: ${p}`);
    } catch (error) {
      return [`${name}: not valid JSON (${(error as Error).message})`];
    }
  }
  if (ext === ".svg") return svgActiveContent(bytes).map((p) => `${name}: ${p}`);
  if (ext === ".epub") {
    const entries = Object.entries(unzipSync(bytes));
    return (await Promise.all(entries.map(([inner, data]) => scanFile(`${name}!${inner}`, data)))).flat();
  }
  return [];
}

/** Problems in every file under the output folder, each prefixed by the file; and how many files of each type were read. */
export async function scanOutput(outDir: string): Promise<{ problems: string[]; scanned: Record<string, number> }> {
  const files = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const scanned: Record<string, number> = {};
  const problems: string[] = [];
  for (const entry of files) {
    const file = path.join(entry.parentPath, entry.name);
    const ext = path.extname(file).toLowerCase() || "(none)";
    scanned[ext] = (scanned[ext] ?? 0) + 1;
    problems.push(...(await scanFile(path.relative(outDir, file), await readFile(file))));
  }
  return { problems, scanned };
}
