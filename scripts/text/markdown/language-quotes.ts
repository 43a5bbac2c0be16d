import type { MarkdownIt } from "markdown-it";
import type { Lang } from "../../content/ids.ts";
import { envOf } from "./markdown-env.ts";

/** Each language's own quotation marks (double, then single): “ ” in English, « » in Arabic. */
const QUOTES: Record<Lang, string> = { en: "“”‘’", ar: "«»‹›" };

/**
 * Typographic quotes in the language of the text being rendered (the env's `lang`), through
 * markdown-it's own typographer; marks the source already typed («…», “…”) stay as they are.
 *
 * markdown-it reads its quotes from the instance's options, so a rule sets them for each
 * render (renders are synchronous: nothing else runs in between). And it leaves a quote
 * straight when a letter touches it on both sides, which Arabic does all the time: لـ"النهار"
 * (a prefix, a tatweel, then the quote). Those left over in one paragraph are paired in order,
 * when they pair up evenly; an odd one out leaves them all straight rather than guess.
 */
export function languageQuotes(md: MarkdownIt): void {
  md.core.ruler.before("smartquotes", "language_quotes", (state) => {
    state.md.options.quotes = QUOTES[envOf(state.env).lang ?? "en"];
  });
  md.core.ruler.after("smartquotes", "leftover_quotes", (state) => {
    const [open, close] = [...QUOTES[envOf(state.env).lang ?? "en"]];
    for (const token of state.tokens) {
      if (token.type !== "inline" || !token.children) continue;
      const texts = token.children.filter((child) => child.type === "text" && child.content.includes('"'));
      const count = texts.reduce((n, t) => n + t.content.split('"').length - 1, 0);
      if (!count || count % 2) continue;
      let seen = 0;
      for (const t of texts) t.content = t.content.replace(/"/g, () => (seen++ % 2 ? close! : open!));
    }
  });
}
