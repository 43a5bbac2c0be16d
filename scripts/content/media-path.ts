/**
 * Images are referenced from the dossier folder (`media/photo.jpg`). Returns the normalized
 * path inside the dossier, or null for web addresses and site-absolute paths, which are not media.
 */
export function mediaPath(ref: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith("/") || ref.startsWith("#")) return null;
  const clean = ref.replace(/^\.\//, "").split(/[?#]/)[0]!;
  return decodeURI(clean);
}

/** Image references in a Markdown body: `![alt](src "title")`. */
export function markdownImageRefs(body: string): string[] {
  return [...body.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?/g)].map((m) => m[1]!);
}
