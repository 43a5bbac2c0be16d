import type { MarkdownIt } from "markdown-it";

/** Links to other sites open as usual but leak no referrer and no window handle to them. */
export function externalLinks(md: MarkdownIt): void {
  const render = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    if (/^https?:\/\//.test(String(token.attrGet("href") ?? ""))) token.attrSet("rel", "noopener noreferrer");
    return render(tokens, idx, options, env, self);
  };
}
