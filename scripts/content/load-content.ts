import { statSync, type Dirent } from "node:fs";
import { open, readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import { parse as parseYaml } from "yaml";
import type { ContentProblem } from "./content-error.ts";
import type { Findings } from "./content-warning.ts";
import { fileExists } from "./file-exists.ts";
import { readContentText } from "./read-content-text.ts";
import { yamlProblem } from "./yaml-problem.ts";
import { limitOpenFiles } from "./limit-open-files.ts";

/** A parsed Markdown file: front matter still unchecked, body untouched. */
export interface RawMarkdown {
  /** Path shown in messages, relative to the working directory. */
  file: string;
  /** File name inside its dossier folder. */
  name: string;
  data: Record<string, unknown>;
  body: string;
}

/** What the first bytes of a media file say it is, and its size. */
export interface MediaFile {
  bytes: number;
  /** `jpeg`, `png`, `gif`, `webp`, `avif`, `svg`; null when the bytes are no image milaff knows. */
  type: string | null;
}

export interface RawDossier {
  id: string;
  dir: string;
  /** Display path of the folder. */
  displayDir: string;
  markdown: RawMarkdown[];
  /** Every Markdown file name, parsed or not. */
  markdownNames: string[];
  /** Other files directly in the folder (not Markdown, not media/): reported as problems. */
  strayFiles: string[];
  /** Paths relative to the dossier folder, e.g. `media/photo.jpg`. */
  media: Set<string>;
  mediaFiles: Map<string, MediaFile>;
}

export interface RawYaml {
  file: string;
  data: unknown;
}

export interface RawContent {
  root: string;
  site: RawYaml | null;
  entities: RawYaml | null;
  dossiers: RawDossier[];
}

/**
 * YAML 1.2 core schema: dates stay strings (we parse them ourselves, with clear errors)
 * and `no`/`on` stay strings instead of turning into booleans.
 */
export function parseYamlText(text: string): unknown {
  const known = parsedYaml.get(text);
  if (known !== undefined) return known;
  // js-yaml reads the same core schema about three times faster (measured on 2,000 front
  // matters: 0.2 s against 0.6 s); yaml reads whatever js-yaml refuses, for its error messages.
  let data: unknown;
  try {
    data = loadYaml(text, { schema: CORE_SCHEMA });
  } catch {
    data = parseYaml(text, { schema: "core", prettyErrors: true });
  }
  if (data !== undefined) parsedYaml.set(text, data);
  return data;
}

/**
 * Texts already read, for `milaff serve`, which reads every file again after each save: an
 * unchanged file gives the same object, which parseWithSchema then knows is valid. What is kept
 * must never be changed by its users.
 */
const parsedYaml = new Map<string, unknown>();

const matterOptions = { engines: { yaml: (text: string) => parseYamlText(text) as object } };

function display(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

async function loadYamlFile(file: string, found: Findings): Promise<RawYaml | null> {
  if (!(await fileExists(file))) return null;
  const text = await readContentText(file, display(file), found);
  if (text === null) return { file: display(file), data: undefined };
  try {
    return { file: display(file), data: parseYamlText(text) };
  } catch (error) {
    found.problems.push(yamlProblem(display(file), text.split("\n"), 1, error));
    return { file: display(file), data: undefined };
  }
}

const FRONT_MATTER_HELP = "a line ---, then the fields (title:, date: …), then a line --- before the text";

/**
 * Markdown files already read, by path, with what reading them found: `milaff serve` checks the
 * whole content again after each save, and reading, decoding and splitting every file again was
 * most of that check (0.4 s at 2,000 articles). A file whose size, times and inode are unchanged
 * is not read again; an editor's save, a copy or a checkout changes its modification time.
 */
const readBefore = new Map<string, { stamp: string; raw: RawMarkdown | null; found: Findings }>();

async function loadMarkdownFile(file: string, found: Findings): Promise<RawMarkdown | null> {
  // One system call, synchronously: through the thread pool, stating 2,000 unchanged files took serve 0.1 s.
  const info = statSync(file);
  const stamp = `${display(file)} ${info.size} ${info.mtimeMs} ${info.ctimeMs} ${info.ino}`;
  let kept = readBefore.get(file);
  if (kept?.stamp !== stamp) {
    const own: Findings = { problems: [], warnings: [] };
    kept = { stamp, raw: await readMarkdownFile(file, own), found: own };
    readBefore.set(file, kept);
  }
  found.problems.push(...kept.found.problems);
  found.warnings.push(...kept.found.warnings);
  return kept.raw;
}

async function readMarkdownFile(file: string, found: Findings): Promise<RawMarkdown | null> {
  const shown = display(file);
  const text = await readContentText(file, shown, found, { maxBytes: MAX_MARKDOWN_BYTES });
  if (text === null) return null;
  const lines = text.split("\n");
  const problem = (field: string, expected: string, what: string, hint: string) => void found.problems.push({ file: shown, field, expected, found: what, hint });
  if (!text.trim()) {
    problem("(file)", FRONT_MATTER_HELP, "an empty file", "fill it in (milaff new article writes one ready to fill), or delete it.");
    return null;
  }
  if (lines[0]!.trimEnd() !== "---") {
    problem("line 1", FRONT_MATTER_HELP, `${JSON.stringify(lines[0]!.slice(0, 40))} instead of ---`, "start the file with a line holding only ---, the fields, and another --- line (milaff new article writes one to copy from).");
    return null;
  }
  const close = lines.findIndex((line, i) => i > 0 && /^---\s*$/.test(line));
  if (close === -1) {
    // The text most likely starts at the first line that is neither a field, a list item, a comment nor blank.
    const text = lines.findIndex((line, i) => i > 0 && line.trim() !== "" && !/^(\s|#|-\s|[\w.-]+:)/.test(line));
    const at = text === -1 ? lines.length : text;
    found.problems.push({
      file: shown,
      field: `line 1`,
      expected: "a line --- closing the front matter",
      found: "no closing ---, so the whole file was read as front matter",
      hint: `add a line holding only --- after the last field${text === -1 ? "" : `, before line ${at + 1} where the text starts`}.`,
    });
    return null;
  }
  try {
    const parsed = matter(text, matterOptions);
    const data = parsed.data && typeof parsed.data === "object" ? (parsed.data as Record<string, unknown>) : {};
    return { file: shown, name: path.basename(file), data, body: parsed.content };
  } catch (error) {
    found.problems.push(yamlProblem(shown, lines.slice(1, close), 2, error));
    return null;
  }
}

/** An article of a megabyte is hundreds of pages: a pasted book or page, not one article. */
const MAX_MARKDOWN_BYTES = 1_000_000;

/**
 * What an entry of content/ is, links followed: a link leading out of the content folder is a
 * problem (the site would publish a file from elsewhere on the computer) and is skipped.
 */
async function entryKind(dir: string, entry: Dirent, rootReal: string, problems: ContentProblem[]): Promise<"file" | "dir" | null> {
  if (!entry.isSymbolicLink()) return entry.isDirectory() ? "dir" : entry.isFile() ? "file" : null;
  const full = path.join(dir, entry.name);
  const target = await realpath(full).catch(() => null);
  if (target === null || (target !== rootReal && !target.startsWith(rootReal + path.sep))) {
    problems.push({
      file: display(full),
      field: "(link)",
      expected: "a file or folder inside the content folder",
      found: target === null ? "a link to something that does not exist" : `a link to ${target}, outside the content folder`,
      hint: "copy the file into the content folder instead of linking to it: a site never publishes files from elsewhere on the computer.",
    });
    return null;
  }
  const info = await stat(target);
  return info.isDirectory() ? "dir" : info.isFile() ? "file" : null;
}

const sniffImage = (file: string): Promise<MediaFile> => limitOpenFiles(() => sniffOpenImage(file));

async function sniffOpenImage(file: string): Promise<MediaFile> {
  const handle = await open(file);
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(64);
    await handle.read(head, 0, 64, 0);
    const ascii = head.toString("latin1");
    const type =
      head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff ? "jpeg"
      : ascii.startsWith("\x89PNG\r\n\x1a\n") ? "png"
      : ascii.startsWith("GIF87a") || ascii.startsWith("GIF89a") ? "gif"
      : ascii.startsWith("RIFF") && ascii.slice(8, 12) === "WEBP" ? "webp"
      : ascii.slice(4, 8) === "ftyp" && /^(avif|avis)/.test(ascii.slice(8, 12)) ? "avif"
      : /^(\uFEFF|\xEF\xBB\xBF)?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg/i.test(ascii) || /^\s*<\?xml/.test(ascii) ? "svg"
      : null;
    return { bytes: size, type };
  } finally {
    await handle.close();
  }
}

async function listFiles(dir: string, prefix: string, rootReal: string, problems: ContentProblem[]): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (e) => {
      const kind = await entryKind(dir, e, rootReal, problems);
      if (kind === "dir") return listFiles(path.join(dir, e.name), `${prefix}${e.name}/`, rootReal, problems);
      return kind === "file" ? [`${prefix}${e.name}`] : [];
    }),
  );
  return nested.flat();
}

async function loadDossier(dir: string, rootReal: string, found: Findings): Promise<RawDossier> {
  const entries = await readdir(dir, { withFileTypes: true });
  const kinds = await Promise.all(entries.map((e) => (e.name.startsWith(".") ? Promise.resolve(null) : entryKind(dir, e, rootReal, found.problems))));
  const files = entries.filter((_, i) => kinds[i] === "file").map((e) => e.name);
  const dirs = entries.filter((_, i) => kinds[i] === "dir").map((e) => e.name);
  const markdownNames = files.filter((n) => n.endsWith(".md")).sort();
  const strayFiles = [...files.filter((n) => !n.endsWith(".md")), ...dirs.filter((n) => n !== "media")].map((n) => display(path.join(dir, n)));
  const markdown = (await Promise.all(markdownNames.map((n) => loadMarkdownFile(path.join(dir, n), found)))).filter((m): m is RawMarkdown => m !== null);
  const mediaDir = path.join(dir, "media");
  const mediaList = dirs.includes("media") ? await listFiles(mediaDir, "media/", rootReal, found.problems) : [];
  const mediaFiles = new Map(await Promise.all(mediaList.map(async (m) => [m, await sniffImage(path.join(dir, m))] as const)));
  return { id: path.basename(dir), dir, displayDir: display(dir), markdown, markdownNames, strayFiles, media: new Set(mediaList), mediaFiles };
}

/** Step 1 of the pipeline: read `content/` as it is. Parse failures become problems, not exceptions. */
export async function loadContent(root: string): Promise<{ content: RawContent } & Findings> {
  const found: Findings = { problems: [], warnings: [] };
  if (!(await fileExists(root))) {
    found.problems.push({
      file: display(root),
      field: "(folder)",
      expected: "a content folder holding site.yml and dossiers/",
      found: "no such folder",
      hint: "run milaff from your project folder, or pass --content DIR.",
    });
    return { content: { root, site: null, entities: null, dossiers: [] }, ...found };
  }
  const rootReal = await realpath(root);
  const site = await loadYamlFile(path.join(root, "site.yml"), found);
  const entities = await loadYamlFile(path.join(root, "entities.yml"), found);
  const dossiersDir = path.join(root, "dossiers");
  const dossierDirs: string[] = [];
  if (await fileExists(dossiersDir)) {
    for (const e of await readdir(dossiersDir, { withFileTypes: true })) {
      if (!e.name.startsWith(".") && (await entryKind(dossiersDir, e, rootReal, found.problems)) === "dir") dossierDirs.push(path.join(dossiersDir, e.name));
    }
  }
  const dossiers = await Promise.all(dossierDirs.sort().map((d) => loadDossier(d, rootReal, found)));
  return { content: { root, site, entities, dossiers }, ...found };
}
