import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { serveStatic } from "./static-server.ts";

/*
 * What a first visit to one page downloads, by kind, as a reader's phone would fetch it: every
 * response the page causes (fonts only when its text uses them), counted as GitHub Pages sends
 * it (text compressed with gzip, fonts and images as they are).
 */

export type Kind = "html" | "css" | "js" | "font" | "image" | "other";
export type PageWeight = Record<Kind, { files: number; bytes: number }>;

function kindOf(url: string, type: string): Kind {
  const ext = /\.([a-z0-9]+)$/.exec(new URL(url).pathname)?.[1];
  if (type === "document" || ext === "html") return "html";
  if (type === "stylesheet" || ext === "css") return "css";
  if (type === "script" || ext === "js" || ext === "mjs") return "js";
  if (type === "font" || ext === "woff2" || ext === "woff" || ext === "ttf") return "font";
  if (type === "image") return "image";
  return "other";
}

export async function measurePageWeight(browser: Browser, site: string, url: string): Promise<PageWeight> {
  const server = await serveStatic(site, "/");
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    const weight = Object.fromEntries((["html", "css", "js", "font", "image", "other"] as Kind[]).map((k) => [k, { files: 0, bytes: 0 }])) as PageWeight;
    const counted: Promise<void>[] = [];
    page.on("response", (response) => {
      counted.push(
        (async () => {
          const body = await response.body().catch(() => Buffer.alloc(0));
          const kind = kindOf(response.url(), response.request().resourceType());
          weight[kind].files++;
          weight[kind].bytes += kind === "font" || kind === "image" ? body.length : gzipSync(body).length;
        })(),
      );
    });
    await page.goto(server.origin + url, { waitUntil: "networkidle" });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForLoadState("networkidle");
    await Promise.all(counted);
    return weight;
  } finally {
    await context.close();
    await server.close();
  }
}
