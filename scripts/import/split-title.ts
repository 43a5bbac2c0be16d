/** Separators sites put between an article's title and their own name. */
const SEPARATORS = [" - ", " | ", " – ", " — ", " :: "];
/** A site name is short; a longer last part belongs to the title. */
const MAX_SITE_WORDS = 5;

export interface SplitTitle {
  title: string;
  site?: string;
}

/** "تعاون عسكري … تحالفاته - تواصل نيوز" → title and site name. */
export function splitTitle(line: string): SplitTitle {
  const text = line.trim();
  let best: { index: number; separator: string } | null = null;
  for (const separator of SEPARATORS) {
    const index = text.lastIndexOf(separator);
    if (index > 0 && (!best || index > best.index)) best = { index, separator };
  }
  if (!best) return { title: text };
  const title = text.slice(0, best.index).trim();
  const site = text.slice(best.index + best.separator.length).trim();
  if (!site || !title || site.split(/\s+/).length > MAX_SITE_WORDS) return { title: text };
  return { title, site };
}
