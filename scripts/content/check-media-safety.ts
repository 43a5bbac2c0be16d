import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ContentProblem } from "./content-error.ts";
import { limitOpenFiles } from "./limit-open-files.ts";
import type { RawDossier } from "./load-content.ts";
import { svgActiveContent } from "./svg-active-content.ts";

/** File types a browser opens as documents of the site's origin, where any script in them would run. */
const DOCUMENT_TYPES = /\.(html?|xhtml?|shtml|xml|xsl|xslt|js|mjs)$/i;

/**
 * Media files are published as they are, and anyone can open one directly: none may be a
 * document that runs script in the site's origin. SVGs are read for anything active.
 */
export async function checkMediaSafety(dossiers: RawDossier[], problems: ContentProblem[]): Promise<void> {
  for (const dossier of dossiers) {
    for (const media of [...dossier.media].sort()) {
      const file = path.join(dossier.displayDir, media);
      if (DOCUMENT_TYPES.test(media)) {
        problems.push({
          file,
          field: "(media file)",
          expected: "images (and other media) only in media/",
          found: `a ${path.extname(media)} file, which a browser would open as a page of the site and run`,
          hint: "remove it from media/; keep sources and notes outside the content folder.",
        });
      } else if (/\.svg$/i.test(media)) {
        const found = svgActiveContent(await limitOpenFiles(() => readFile(path.join(dossier.dir, media))));
        if (!found.length) continue;
        problems.push({
          file,
          field: "(SVG image)",
          expected: "an SVG that only draws: no scripts, event handlers, embedded pages or outside links",
          found: found.join("; "),
          hint: "remove those parts in an editor, or export the drawing again as plain SVG or as PNG: an SVG opened on its own runs its scripts in the site's origin.",
        });
      }
    }
  }
}
