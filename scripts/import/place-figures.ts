import { copyFile, readFile } from "node:fs/promises";
import path from "node:path";
import { fileExists } from "../content/file-exists.ts";
import { figureToken, type Figure } from "./extract-html.ts";

export interface ArticleImage {
  src?: string;
  caption?: string;
  credit?: string;
  alt?: string;
}

export interface PlacedFigures {
  paragraphs: string[];
  /** The first figure, for the front matter's image. */
  image?: ArticleImage;
  /** One line per figure: where it went, and what the curator still has to do. */
  report: string[];
  /** Picture files to copy from beside the saved page into the dossier's media/. */
  copies: { from: string; to: string }[];
}

const escapeMarkdown = (s: string) => s.replace(/([\\*_[\]`])/g, "\\$1");
const captionLine = (f: Figure) => (f.caption ? `*${escapeMarkdown(f.caption)}${f.credit ? ` (${escapeMarkdown(f.credit)})` : ""}*` : "");

/** The picture file a saved page keeps beside it ("Save page, complete": page_files/photo.jpg), if it is there. */
async function savedFile(src: string | undefined, page: string | undefined): Promise<string | null> {
  if (!src || !page || /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) return null;
  const file = path.resolve(path.dirname(page), decodeURIComponent(src.split(/[?#]/)[0]!));
  return (await fileExists(file)) ? file : null;
}

/** A name in media/ that holds these bytes or is free: an existing file is never replaced. */
async function mediaName(file: string, mediaDir: string, taken: Set<string>): Promise<string> {
  const ext = path.extname(file);
  const stem = path.basename(file, ext).replace(/[^\w.-]+/g, "-") || "photo";
  const bytes = await readFile(file);
  for (let n = 1; ; n++) {
    const name = `${stem}${n > 1 ? `-${n}` : ""}${ext}`;
    const target = path.join(mediaDir, name);
    if (taken.has(name)) continue;
    if (!(await fileExists(target)) || (await readFile(target)).equals(bytes)) return name;
  }
}

/** A suggested file name for a picture that was not saved, from its address. */
const suggestedName = (src: string | undefined, i: number) => {
  const base = src ? path.posix.basename(src.split(/[?#]/)[0]!) : "";
  return /\.(jpe?g|png|gif|webp|avif)$/i.test(base) ? base : `photo-${i + 1}.jpg`;
};

/**
 * Puts every figure of an imported page where the article can keep it: the first in the front
 * matter's image, the others as Markdown images at their place, captions and credits kept; a
 * picture saved beside the page is copied into media/, one that was not is named in the report
 * with what to do. Nothing is dropped without a line in the report.
 */
export async function placeFigures(paragraphs: string[], figures: Figure[], options: { page?: string; dossierDir: string }): Promise<PlacedFigures> {
  const result: PlacedFigures = { paragraphs: [], report: [], copies: [] };
  const mediaDir = path.join(options.dossierDir, "media");
  const taken = new Set<string>();
  const placed = new Map<number, string>();
  for (const [i, figure] of figures.entries()) {
    const file = await savedFile(figure.src, options.page);
    const name = file ? await mediaName(file, mediaDir, taken) : null;
    if (file && name) {
      taken.add(name);
      result.copies.push({ from: file, to: path.join(mediaDir, name) });
    }
    const src = name ? `media/${name}` : undefined;
    const about = [figure.caption && `caption "${figure.caption}"`, figure.credit && `credit "${figure.credit}"`].filter(Boolean).join(", ");
    const where = i === 0 ? "image (front matter)" : "in the text, at its place";
    const todo = src
      ? `copied from ${path.relative(process.cwd(), file!)}`
      : figure.src
        ? `picture not saved: download ${figure.src} into media/${suggestedName(figure.src, i)}, then ${i === 0 ? "add image.src" : "add an image line above its caption"}`
        : "no picture found, only its text";
    result.report.push(`  figure ${i + 1} → ${where}${about ? `: ${about}` : ""}; ${todo}`);
    if (i === 0) {
      result.image = { src, caption: figure.caption, credit: figure.credit, alt: figure.alt };
      continue;
    }
    const image = src ? `![${escapeMarkdown(figure.alt ?? figure.caption ?? "")}](${src})` : "";
    placed.set(i, [image, captionLine(figure)].filter(Boolean).join("\n"));
  }
  for (const paragraph of paragraphs) {
    const i = figures.findIndex((_, k) => paragraph === figureToken(k));
    if (i === -1) result.paragraphs.push(paragraph);
    else if (placed.get(i)) result.paragraphs.push(placed.get(i)!);
  }
  return result;
}
