import type { MarkdownIt } from "markdown-it";
import { mediaPath } from "../../content/media-path.ts";
import { mediaUrl, withBase } from "../../model/urls.ts";
import { envOf } from "./markdown-env.ts";

/** `![…](media/photo.jpg)` → the dossier's published media URL under the base path, loaded lazily. */
export function mediaImages(md: MarkdownIt): void {
  const render = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const inDossier = mediaPath(String(token.attrGet("src") ?? ""));
    if (inDossier !== null) token.attrSet("src", withBase(envOf(env).base, mediaUrl(envOf(env).dossierId, inDossier)));
    token.attrSet("loading", "lazy");
    token.attrSet("decoding", "async");
    return render(tokens, idx, options, env, self);
  };
}
