import type { ContentDate } from "../content/parse-date.ts";
import { matchRule, WIDGET_WORDS, type LineRule } from "./boilerplate-rules.ts";
import { comparable } from "./comparable.ts";
import { findDate } from "./parse-arabic-date.ts";
import { splitCredit } from "./split-credit.ts";
import { splitTitle } from "./split-title.ts";

/** A line taken out of the text, with its number in the input and why. */
export interface RemovedLine {
  line: number;
  text: string;
  why: string;
}

export interface CleanArticle {
  title: string;
  /** The site's name, split from the title: where the text was taken from. */
  site?: string;
  /** A source credited at the top of the page ("النشرة (لبنان)"). */
  credit?: string;
  date?: ContentDate;
  /** The line the date was read from. */
  dateText?: string;
  caption?: string;
  captionCredit?: string;
  paragraphs: string[];
  removed: RemovedLine[];
}

/** Lines near the top where sites put the source credit and the date. */
const HEADER_LINES = 6;
const MAX_CREDIT_WORDS = 5;

/** Splits "النشرة (لبنان) 0 تعليق ارسل طباعة" into the credit and the widget words glued to it. */
function splitWidgets(line: string): { keep: string; widgets: string } {
  const tokens = [...line.matchAll(/\S+/g)];
  const isNumber = (t: string) => /^[\d٠-٩]+$/.test(t);
  let cut = tokens.length;
  while (cut > 0 && (WIDGET_WORDS.has(comparable(tokens[cut - 1]![0])) || isNumber(tokens[cut - 1]![0]))) cut--;
  const tail = tokens.slice(cut).map((t) => t[0]);
  // A number or a single word at the end of a sentence is not a widget bar; widget words are.
  if (tail.every(isNumber) || (tail.length < 2 && cut > 0)) return { keep: line, widgets: "" };
  const start = tokens[cut]!.index;
  return { keep: line.slice(0, start).trimEnd(), widgets: line.slice(start) };
}

/**
 * The units an article is cleaned in. Copied text has a paragraph per line (and lines holding
 * only no-break spaces between them); Markdown converted from HTML has blocks separated by
 * blank lines, whose lines (list items, table rows, code) belong together.
 */
function units(text: string, blocks: boolean): { number: number; text: string }[] {
  const lines = text.replace(/[\u00A0\u2007\u202F]/g, " ").split("\n");
  if (!blocks) return lines.map((l, i) => ({ number: i + 1, text: l.trim() }));
  const found: { number: number; text: string }[] = [];
  let first = 0;
  let current: string[] = [];
  const flush = () => {
    if (current.length) found.push({ number: first, text: current.join("\n").trim() });
    current = [];
  };
  lines.forEach((line, i) => {
    if (!line.trim()) return flush();
    if (!current.length) first = i + 1;
    current.push(line);
  });
  flush();
  return found;
}

/**
 * Turns a scraped article into its parts: the first line is the title (with the site's name
 * split off), header lines give the source credit and the date, widget and banner lines go,
 * a caption repeated around a photo is kept once, and every other line (or block, for
 * Markdown from HTML) is a paragraph, exactly as written (no-break spaces made plain).
 */
export function cleanArticle(text: string, rules: LineRule[], options: { title?: string; blocks?: boolean } = {}): CleanArticle {
  const knownTitle = options.title;
  const content = units(text, options.blocks ?? false).filter((l) => l.text);
  const removed: RemovedLine[] = [];
  const result: CleanArticle = { title: "", paragraphs: [], removed };
  let rest = content;
  if (knownTitle === undefined) {
    const first = content[0];
    if (first) {
      Object.assign(result, splitTitle(first.text));
      rest = content.slice(1);
    }
  } else {
    Object.assign(result, splitTitle(knownTitle));
  }
  const title = comparable(result.title);
  const kept: { number: number; text: string }[] = [];
  rest.forEach((line, index) => {
    const rule = matchRule(line.text, rules);
    if (rule) return void removed.push({ line: line.number, text: line.text, why: rule.why });
    const heading = /^#{1,6}\s+/.test(line.text);
    if (heading && title && comparable(line.text.replace(/^#{1,6}\s+/, "")) === title) {
      return void removed.push({ line: line.number, text: line.text, why: "heading equal to the title" });
    }
    if (title && comparable(line.text).startsWith(title)) {
      const date = findDate(line.text);
      if (date && !result.date) [result.date, result.dateText] = [date, line.text];
      return void removed.push({ line: line.number, text: line.text, why: date ? "title repeated with the date" : "title repeated" });
    }
    const { keep, widgets } = splitWidgets(line.text);
    if (widgets) {
      removed.push({ line: line.number, text: widgets, why: "share/print/comment widget" });
      if (!keep) return;
      if (index < HEADER_LINES && !result.credit && keep.split(/\s+/).length <= MAX_CREDIT_WORDS) {
        result.credit = keep;
        return void removed.push({ line: line.number, text: keep, why: "source credit, moved to source" });
      }
    }
    if (index < HEADER_LINES && !result.date && keep.split(/\s+/).length <= 12) {
      const date = findDate(keep);
      if (date) {
        [result.date, result.dateText] = [date, keep];
        return void removed.push({ line: line.number, text: keep, why: "date line, moved to date" });
      }
    }
    kept.push({ number: line.number, text: keep });
  });
  // A caption printed twice around the photo (under it and in the gallery) is kept once.
  for (let i = 0; i + 1 < kept.length; i++) {
    if (kept[i]!.text !== kept[i + 1]!.text) continue;
    if (!result.caption) {
      const { caption, credit } = splitCredit(kept[i]!.text);
      Object.assign(result, { caption, captionCredit: credit });
    }
    for (const dup of kept.splice(i, 2)) removed.push({ line: dup.number, text: dup.text, why: "photo caption, moved to image.caption" });
    i--;
  }
  result.paragraphs = kept.map((k) => k.text);
  removed.sort((a, b) => a.line - b.line);
  return result;
}
