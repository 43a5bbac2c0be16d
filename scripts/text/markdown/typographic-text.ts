import MarkdownIt from "markdown-it";
import type { Lang } from "../../content/ids.ts";
import type { Content } from "../../content/validate-content.ts";
import { languageQuotes } from "./language-quotes.ts";
import { keptByText } from "./memoize-markdown.ts";

/*
 * Titles, summaries, captions and descriptions are plain text from front matter and YAML, shown
 * beside Markdown bodies that the typographer has given their language's quotation marks: the
 * same quotes for them ("Haftar's" → Haftar’s, "National Army" → “National Army” in English,
 * «…» in Arabic), so that a dossier's summary and the intro under it agree. Only the quotes: the
 * text is not Markdown, nothing else of it changes (the "zero" preset has no other rule).
 */
const md = new MarkdownIt("zero", { typographer: true }).enable("smartquotes").use(languageQuotes);

/**
 * The text with its language's typographic quotation marks and apostrophes. Kept by text:
 * `milaff serve` runs this over every title and summary after each save (60 ms at 1,000 pairs).
 */
export const typographicText: (text: string, lang: Lang) => string = keptByText((text, lang) => md.parseInline(text, { lang })[0]!.children!.map((t) => t.content).join(""));

/** The content with typographic quotes in every plain-text field readers see. */
export function typographicContent(content: Content): Content {
  const each = <T extends Partial<Record<Lang, string>>>(texts: T): T =>
    Object.fromEntries(Object.entries(texts).map(([lang, t]) => [lang, t && typographicText(t, lang as Lang)])) as T;
  const fields = <T extends object>(data: T, lang: Lang, keys: (keyof T)[]): T => {
    const out = { ...data };
    for (const key of keys) if (typeof data[key] === "string") out[key] = typographicText(data[key] as string, lang) as T[keyof T];
    return out;
  };
  const withImage = <T extends { image?: { caption?: string; alt?: string } }>(data: T, lang: Lang): T =>
    data.image ? { ...data, image: fields(data.image, lang, ["caption", "alt"]) } : data;
  const versions = <V extends { lang: Lang; data: { title: string; summary?: string; image?: { caption?: string; alt?: string } } }>(
    byLang: Partial<Record<Lang, V>>,
  ): Partial<Record<Lang, V>> =>
    Object.fromEntries(Object.entries(byLang).map(([lang, v]) => [lang, v && { ...v, data: withImage(fields(v.data, v.lang, ["title", "summary"]), v.lang) }]));
  return {
    ...content,
    site: { ...content.site, title: each(content.site.title), description: each(content.site.description) },
    entities: content.entities.map((e) => ({ ...e, about: each(e.about) })),
    dossiers: content.dossiers.map((d) => ({
      ...d,
      versions: versions(d.versions),
      articles: d.articles.map((a) => ({ ...a, versions: versions(a.versions) })),
    })),
  };
}
