import type { MarkdownIt } from "markdown-it";
import { withBase } from "../../model/urls.ts";
import { envOf } from "./markdown-env.ts";

/** Site-absolute links written in Markdown (`/en/guide/`) get the base path, like every other link. */
export function siteLinks(md: MarkdownIt): void {
  const render = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    token.attrSet("href", withBase(envOf(env).base, String(token.attrGet("href") ?? "")));
    return render(tokens, idx, options, env, self);
  };
}
