import type { MarkdownIt } from "markdown-it";
import { mediaSrc } from "../media-src.ts";
import { envOf } from "./markdown-env.ts";

/** `![…](media/photo.jpg)` → the dossier's published media URL under the base path, loaded lazily. */
export function mediaImages(md: MarkdownIt): void {
  const render = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    token.attrSet("src", mediaSrc(envOf(env).base, envOf(env).dossierId, String(token.attrGet("src") ?? "")));
    token.attrSet("loading", "lazy");
    token.attrSet("decoding", "async");
    return render(tokens, idx, options, env, self);
  };
}
