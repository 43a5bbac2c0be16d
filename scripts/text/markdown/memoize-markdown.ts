import type { MarkdownIt } from "markdown-it";

/**
 * What `make` made of a text with an env, kept by both: `milaff serve` builds a changed dossier's
 * pages again, and only the text that changed is made again. The env (base path, dossier,
 * labels, language) is keyed by its JSON. What is kept must never be changed by its users.
 */
export function keptByText<E, T>(make: (text: string, env: E) => T): (text: string, env: E) => T {
  const byEnv = new Map<string, Map<string, T>>();
  return (text, env) => {
    const key = JSON.stringify(env ?? null);
    let made = byEnv.get(key);
    if (!made) byEnv.set(key, (made = new Map()));
    let result = made.get(text);
    if (result === undefined) made.set(text, (result = make(text, env)));
    return result;
  };
}

/** The same Markdown, remembering what it rendered (see keptByText). */
export function memoizeMarkdown(md: MarkdownIt): MarkdownIt {
  const memo = Object.create(md) as MarkdownIt;
  memo.render = keptByText((src: string, env: Parameters<MarkdownIt["render"]>[1]) => md.render(src, env));
  return memo;
}
