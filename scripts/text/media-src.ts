import { mediaPath } from "../content/media-path.ts";
import { mediaUrl, withBase } from "../model/urls.ts";

/** Where an image written in content (`media/photo.jpg`, `./media/photo.jpg`) is published. */
export function mediaSrc(base: string, dossierId: string, ref: string): string {
  const inDossier = mediaPath(ref);
  return inDossier === null ? ref : withBase(base, mediaUrl(dossierId, inDossier));
}
