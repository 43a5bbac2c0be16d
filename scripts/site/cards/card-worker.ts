import { parentPort } from "node:worker_threads";
import type { CardContent } from "./card-svg.ts";
import { drawCard } from "./draw-card.ts";

/*
 * Cards drawn on a thread of their own (card-drawer.ts): laying out the text and indexing the
 * pixels are JavaScript, a quarter of a card's time, which would otherwise hold up Eleventy on
 * the main thread. Several requests at once: resvg and deflate run on libuv's thread pool.
 */

export interface CardRequest {
  id: number;
  content: CardContent;
}

export type CardReply = { id: number; png: Uint8Array } | { id: number; failed: string };

const port = parentPort!;
port.on("message", ({ id, content }: CardRequest) => {
  drawCard(content).then(
    (png) => port.postMessage({ id, png } satisfies CardReply),
    (error: unknown) => port.postMessage({ id, failed: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies CardReply),
  );
});
