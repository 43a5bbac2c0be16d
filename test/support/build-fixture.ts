import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseHTML } from "linkedom";
import { LAYOUTS_DIR } from "../../scripts/cli/paths.ts";
import { buildSite, type BuildResult } from "../../scripts/publish/build-site.ts";

export const FIXTURES = path.resolve(import.meta.dirname, "..", "fixtures");
export const SAMPLE_CONTENT = path.resolve(import.meta.dirname, "..", "..", "content");

/** Builds a fixture's content/ (or any content folder) with the real pipeline into a fresh folder. */
export async function buildFixture(content: string, options: { base?: string } = {}): Promise<BuildResult & { outDir: string }> {
  const contentDir = path.isAbsolute(content) ? content : path.join(FIXTURES, content, "content");
  const outDir = path.join(await mkdtemp(path.join(os.tmpdir(), "milaff-test-")), "_site");
  const result = await buildSite({ contentDir, layoutsDir: LAYOUTS_DIR, outDir, base: options.base });
  return { ...result, outDir };
}

/** A built page as a DOM, to assert on elements and attributes. */
export async function readPage(outDir: string, url: string): Promise<Document> {
  const file = url.endsWith("/") ? `${url}index.html` : url;
  const html = await readFile(path.join(outDir, file), "utf8");
  return parseHTML(html).document as unknown as Document;
}
