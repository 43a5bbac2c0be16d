import type { Worker } from "node:worker_threads";
import { startWorker } from "../start-worker.ts";
import type { CardContent } from "./card-svg.ts";
import type { CardReply, CardRequest } from "./card-worker.ts";
import { drawCard } from "./draw-card.ts";

/** Below this many cards to draw, starting a thread (loading HarfBuzz and the fonts again) costs more than it saves. */
const THREAD_FROM = 16;

export interface CardDrawer {
  draw(content: CardContent): Promise<Buffer>;
  close(): Promise<void>;
}

/** Draws `count` cards: on a thread of their own (card-worker.ts) when they are many, else on this one. */
export function cardDrawer(count: number): CardDrawer {
  if (count < THREAD_FROM) return { draw: drawCard, close: async () => {} };
  let worker: Worker | undefined;
  let next = 0;
  const pending = new Map<number, { resolve: (png: Buffer) => void; reject: (error: Error) => void }>();
  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const start = () => {
    const w = startWorker(new URL("./card-worker.ts", import.meta.url), undefined);
    w.on("message", (reply: CardReply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if ("png" in reply) waiting?.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
      else waiting?.reject(new Error(`A social card could not be drawn: ${reply.failed}`));
    });
    w.on("error", failAll);
    w.on("exit", () => failAll(new Error("The social cards' thread stopped")));
    return w;
  };
  return {
    draw(content) {
      worker ??= start();
      const id = next++;
      const drawn = new Promise<Buffer>((resolve, reject) => pending.set(id, { resolve, reject }));
      worker.postMessage({ id, content } satisfies CardRequest);
      return drawn;
    },
    async close() {
      await worker?.terminate();
    },
  };
}
