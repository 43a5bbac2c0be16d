import MarkdownIt from "markdown-it";

/**
 * Images are referenced from the dossier folder (`media/photo.jpg`). Returns the normalized
 * path inside the dossier, or null for web addresses and site-absolute paths, which are not media.
 */
export function mediaPath(ref: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith("/") || ref.startsWith("#")) return null;
  const clean = ref.replace(/^\.\//, "").split(/[?#]/)[0]!;
  // markdown-it percent-encodes what it reads (<media/my photo.jpg>); a bare % stays as written.
  try {
    return decodeURI(clean);
  } catch {
    return clean;
  }
}

const parser = new MarkdownIt();

/** Image sources in a Markdown body, as markdown-it reads it (so examples inside code are not images). */
export function markdownImageRefs(body: string): string[] {
  // Every Markdown image starts with `![`: most bodies have none and need no parsing.
  if (!body.includes("![")) return [];
  return parser
    .parse(body, {})
    .flatMap((token) => token.children ?? [])
    .filter((token) => token.type === "image")
    .map((token) => String(token.attrGet("src") ?? ""));
}
