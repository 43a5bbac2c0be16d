import { renderAsync } from "@resvg/resvg-js";
import { cardSvg, type CardContent } from "./card-svg.ts";
import { encodePng } from "./encode-png.ts";

/** One card as PNG: laid out here, drawn by resvg and deflated on libuv's thread pool. */
export async function drawCard(content: CardContent): Promise<Buffer> {
  const image = await renderAsync(cardSvg(content), { font: { loadSystemFonts: false } });
  return encodePng(image.pixels, image.width, image.height);
}
