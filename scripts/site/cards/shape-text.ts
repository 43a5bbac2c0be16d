import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Bidi } from "bidi-js";
import * as hb from "harfbuzzjs";

/*
 * Text for social cards, laid out here rather than by resvg: resvg shapes Arabic but puts
 * mixed Arabic and Latin runs in the wrong order and cannot wrap. HarfBuzz (the shaper browsers
 * use) shapes each run, bidi-js (the Unicode bidirectional algorithm) orders the runs, and the
 * card gets glyph outlines, so what it shows does not depend on any font resvg finds.
 */

const require = createRequire(import.meta.url);
// bidi-js is a UMD file whose module.exports is the factory; its types describe an ES default export.
const bidi = (require("bidi-js") as () => Bidi)();

/** The site's own families, as TTF: Noto Naskh Arabic for Arabic, Source Serif 4 for Latin. */
const FONT_FILES = {
  "naskh-400": "@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf",
  "naskh-700": "@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf",
  "serif-400": "@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf",
  "serif-700": "@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf",
};
export type FontName = keyof typeof FONT_FILES;

interface LoadedFont {
  name: FontName;
  font: hb.Font;
  upem: number;
  covers: Set<number>;
}

const loaded = new Map<FontName, LoadedFont>();

function font(name: FontName): LoadedFont {
  let entry = loaded.get(name);
  if (!entry) {
    const face = new hb.Face(new hb.Blob(readFileSync(require.resolve(FONT_FILES[name]))));
    entry = { name, font: new hb.Font(face), upem: face.upem, covers: new Set(face.collectUnicodes()) };
    loaded.set(name, entry);
  }
  return entry;
}

/** The font files' paths, for the card cache key: other fonts, other cards. */
export const fontFiles = (): string[] => Object.values(FONT_FILES).map((f) => require.resolve(f));

/** One glyph placed on a line: x from the line's left edge, in pixels; the outline comes from glyphPath. */
export interface PlacedGlyph {
  font: FontName;
  glyph: number;
  x: number;
  y: number;
}

export interface ShapedLine {
  width: number;
  glyphs: PlacedGlyph[];
  /** Pixels per font unit, per font used. */
  scale: Partial<Record<FontName, number>>;
}

/** Marks and joiners take the font of the letter before them. */
const followsPrevious = (cp: number): boolean => /\p{M}|\u200c|\u200d/u.test(String.fromCodePoint(cp));

/**
 * Lays out one line: fonts chosen per character as the browser's font stack would (the first
 * family that has it), the Unicode bidi algorithm for the order of runs, HarfBuzz for glyphs.
 */
export function shapeLine(text: string, dir: "rtl" | "ltr", families: FontName[], size: number): ShapedLine {
  const fonts = families.map(font);
  const { levels } = bidi.getEmbeddingLevels(text, dir);
  // Runs of one bidi level and one font, in logical order (UTF-16 offsets).
  const runs: { start: number; end: number; level: number; font: LoadedFont }[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const units = cp > 0xffff ? 2 : 1;
    const last = runs.at(-1);
    const chosen = last && followsPrevious(cp) ? last.font : (fonts.find((f) => f.covers.has(cp)) ?? fonts[0]!);
    if (last && last.level === levels[i] && last.font === chosen) last.end = i + units;
    else runs.push({ start: i, end: i + units, level: levels[i]!, font: chosen });
    i += units;
  }
  // Visual order (rule L2): from the highest level down to the lowest odd one, reverse every stretch at or above it.
  const order = [...runs];
  const max = Math.max(0, ...order.map((r) => r.level));
  const lowestOdd = Math.min(...order.map((r) => r.level).filter((l) => l % 2 === 1), max + 1);
  for (let level = max; level >= lowestOdd; level--) {
    for (let i = 0; i < order.length; i++) {
      if (order[i]!.level < level) continue;
      let j = i;
      while (j + 1 < order.length && order[j + 1]!.level >= level) j++;
      order.splice(i, j - i + 1, ...order.slice(i, j + 1).reverse());
      i = j;
    }
  }
  const glyphs: PlacedGlyph[] = [];
  const scale: ShapedLine["scale"] = {};
  let x = 0;
  for (const run of order) {
    const k = size / run.font.upem;
    scale[run.font.name] = k;
    const buffer = new hb.Buffer();
    // The whole line as context, so letters join across a change of font.
    buffer.addText(text, run.start, run.end - run.start);
    buffer.setDirection(run.level % 2 ? hb.Direction.RTL : hb.Direction.LTR);
    buffer.guessSegmentProperties();
    hb.shape(run.font.font, buffer);
    // HarfBuzz gives right-to-left runs in visual order already: left to right on the page.
    for (const g of buffer.getGlyphInfosAndPositions()) {
      glyphs.push({ font: run.font.name, glyph: g.codepoint, x: x + (g.xOffset ?? 0) * k, y: -(g.yOffset ?? 0) * k });
      x += (g.xAdvance ?? 0) * k;
    }
  }
  return { width: x, glyphs, scale };
}

const paths = new Map<string, string>();

/** A glyph's outline as SVG path data, in font units (y up). */
export function glyphPath(name: FontName, glyph: number): string {
  const key = `${name}:${glyph}`;
  let d = paths.get(key);
  if (d === undefined) paths.set(key, (d = font(name).font.glyphToPath(glyph)));
  return d;
}

/**
 * Breaks text into lines no wider than `width`, on spaces only (as Arabic and English both
 * break), measuring each candidate line as it will be drawn. At most `maxLines`; text that
 * still does not fit ends the last line with an ellipsis (`truncated`). Null when a single word
 * is too wide.
 */
export function wrapText(text: string, dir: "rtl" | "ltr", families: FontName[], size: number, width: number, maxLines: number): { lines: ShapedLine[]; truncated: boolean } | null {
  const words = text.split(/\s+/).filter(Boolean);
  // A line is as wide as its words and spaces: letters never join across a space, and the
  // order of runs does not change the sum. Each word is shaped once, not each candidate line.
  const space = shapeLine(" ", dir, families, size).width;
  const widths = words.map((w) => shapeLine(w, dir, families, size).width);
  const lines: string[] = [];
  let current = "";
  let used = 0;
  words.forEach((word, i) => {
    if (current && used + space + widths[i]! <= width) {
      current += ` ${word}`;
      used += space + widths[i]!;
    } else {
      if (current) lines.push(current);
      [current, used] = [word, widths[i]!];
    }
  });
  if (current) lines.push(current);
  const truncated = lines.length > maxLines;
  if (truncated) {
    const kept = lines.slice(0, maxLines);
    let last = `${kept.at(-1)}…`;
    while (shapeLine(last, dir, families, size).width > width && last.includes(" ")) last = `${last.slice(0, last.lastIndexOf(" "))}…`;
    kept[maxLines - 1] = last;
    lines.splice(0, lines.length, ...kept);
  }
  const shaped = lines.map((line) => shapeLine(line, dir, families, size));
  return shaped.some((line) => line.width > width) ? null : { lines: shaped, truncated };
}
