import type { MarkdownIt } from "markdown-it";
import { textDirection } from "../../content/ids.ts";
import { isolatedRuns } from "../isolate-runs.ts";
import { envOf } from "./markdown-env.ts";

/**
 * Words in the other script (Arabic words in English text; Latin names, addresses and file names
 * in Arabic) are isolated in `<bdi>`, as the search page isolates them in excerpts. Without it
 * the bidi algorithm makes one run of neighbouring words of that script and the punctuation
 * between them: "so والأردن finds الأردن, بمصر finds مصر" shows «الأردن, بمصر» as one
 * right-to-left run, which an English reader takes for "والأردن finds بمصر". Done when text
 * is written out, so the tokens (and the block ids made from them) stay as they are.
 */
export function isolateOtherScript(md: MarkdownIt): void {
  const escape = md.utils.escapeHtml;
  md.renderer.rules.text = (tokens, idx, _options, env) => {
    const text = tokens[idx]!.content;
    let html = "";
    let at = 0;
    for (const run of isolatedRuns(text, 0, text.length, textDirection(envOf(env).lang ?? "en"))) {
      html += `${escape(text.slice(at, run.start))}<bdi dir="${run.dir}">${escape(text.slice(run.start, run.end))}</bdi>`;
      at = run.end;
    }
    return html + escape(text.slice(at));
  };
}
