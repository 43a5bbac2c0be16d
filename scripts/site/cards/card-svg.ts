import { CARD_HEIGHT, CARD_WIDTH } from "../share/card-layout.ts";
import { glyphPath, wrapText, type FontName, type ShapedLine } from "./shape-text.ts";

/** What a card shows: everything that goes into its cache key. */
export interface CardContent {
  lang: "ar" | "en";
  dir: "rtl" | "ltr";
  /** Above the title: the dossier of an article, the site of a dossier. */
  kicker?: string;
  title: string;
  /** At the bottom: the site's name, the date. */
  footer: string;
}

// The site's own colours (layouts/assets/site.css, light scheme).
const PAPER = "#fbf8f2";
const INK = "#1f1c17";
const ACCENT = "#8c2f1c";
const MUTED = "#6a6357";
const RULE = "#e4dccc";

const PAD = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * PAD - 24;
/** Title sizes tried from the largest down, with the most lines each may take. */
const TITLE_SIZES = [
  { size: 68, lines: 3 },
  { size: 58, lines: 4 },
  { size: 50, lines: 4 },
  { size: 44, lines: 5 },
];

const families = (lang: CardContent["lang"], weight: 400 | 700): FontName[] =>
  lang === "ar" ? [`naskh-${weight}`, `serif-${weight}`] : [`serif-${weight}`, `naskh-${weight}`];

/** Arabic needs taller lines than Latin for its marks above and below. */
const lineHeight = (lang: CardContent["lang"], size: number): number => size * (lang === "ar" ? 1.55 : 1.25);

function drawLine(line: ShapedLine, dir: CardContent["dir"], baseline: number, fill: string, used: Set<string>): string {
  const left = dir === "rtl" ? CARD_WIDTH - PAD - line.width : PAD;
  const uses = line.glyphs.map((g) => {
    const id = `${g.font}-${g.glyph}`;
    used.add(id);
    const k = line.scale[g.font]!;
    return `<use href="#${id}" transform="translate(${(left + g.x).toFixed(2)} ${(baseline + g.y).toFixed(2)}) scale(${k.toFixed(5)} ${(-k).toFixed(5)})"/>`;
  });
  return `<g fill="${fill}">${uses.join("")}</g>`;
}

/** The card as SVG: text as glyph outlines, so rendering needs no fonts. */
export function cardSvg(card: CardContent): string {
  const used = new Set<string>();
  const parts: string[] = [];
  // A band of the accent colour on the reading side, as the site's article heads have.
  const bandX = card.dir === "rtl" ? CARD_WIDTH - 24 : 0;
  parts.push(`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${PAPER}"/>`, `<rect x="${bandX}" width="24" height="${CARD_HEIGHT}" fill="${ACCENT}"/>`);

  let top = PAD;
  if (card.kicker) {
    const kicker = wrapText(card.kicker, card.dir, families(card.lang, 700), 32, TEXT_WIDTH, 1)?.lines ?? [];
    for (const line of kicker) parts.push(drawLine(line, card.dir, top + 32, ACCENT, used));
    top += lineHeight(card.lang, 32) + 24;
  }
  const footerTop = CARD_HEIGHT - PAD - 30;
  const room = footerTop - 40 - top;
  // The largest size at which the whole title fits; else the smallest, the title cut short.
  for (const [i, { size, lines }] of TITLE_SIZES.entries()) {
    const height = lineHeight(card.lang, size);
    const title = wrapText(card.title, card.dir, families(card.lang, 700), size, TEXT_WIDTH, Math.min(lines, Math.floor(room / height)));
    if (!title || (title.truncated && i < TITLE_SIZES.length - 1)) continue;
    title.lines.forEach((line, n) => parts.push(drawLine(line, card.dir, top + size + n * height, INK, used)));
    break;
  }
  parts.push(`<rect x="${PAD}" y="${footerTop - 28}" width="${CARD_WIDTH - 2 * PAD - 24 + (card.dir === "rtl" ? 0 : 24)}" height="2" fill="${RULE}"/>`);
  for (const line of wrapText(card.footer, card.dir, families(card.lang, 400), 30, TEXT_WIDTH, 1)?.lines ?? []) parts.push(drawLine(line, card.dir, footerTop + 30, MUTED, used));

  const defs = [...used].map((id) => {
    const [font, glyph] = [id.slice(0, id.lastIndexOf("-")) as FontName, Number(id.slice(id.lastIndexOf("-") + 1))];
    return `<path id="${id}" d="${glyphPath(font, glyph)}"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}"><defs>${defs.join("")}</defs>${parts.join("")}</svg>`;
}
