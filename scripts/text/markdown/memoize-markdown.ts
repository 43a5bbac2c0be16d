import type { MarkdownIt } from "markdown-it";

/**
 * The same Markdown, remembering what it rendered: `milaff serve` builds a changed dossier's
 * pages again, and only the text that changed is rendered again. Keyed by the text and by the
 * env it was rendered with (base path, dossier, labels).
 */
export function memoizeMarkdown(md: MarkdownIt): MarkdownIt {
  const byEnv = new Map<string, Map<string, string>>();
  const memo = Object.create(md) as MarkdownIt;
  memo.render = (src, env) => {
    const key = JSON.stringify(env ?? null);
    let rendered = byEnv.get(key);
    if (!rendered) byEnv.set(key, (rendered = new Map()));
    let html = rendered.get(src);
    if (html === undefined) rendered.set(src, (html = md.render(src, env)));
    return html;
  };
  return memo;
}
