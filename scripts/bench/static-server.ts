import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".woff2": "font/woff2",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".epub": "application/epub+zip",
  ".xhtml": "application/xhtml+xml",
};

export interface StaticServer {
  origin: string;
  /** Cuts the network as a dead connection does (every request is dropped unanswered), or restores it. */
  setReachable(reachable: boolean): void;
  close(): Promise<void>;
}

/** Serves a built site under a base path the way GitHub Pages does (folder → index.html, 404.html). */
export async function serveStatic(root: string, base = "/"): Promise<StaticServer> {
  let reachable = true;
  const server = http.createServer(async (req, res) => {
    if (!reachable) return void req.socket.destroy();
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const send = async (file: string, status: number) => {
      res.writeHead(status, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      createReadStream(file).pipe(res);
    };
    const notFound = () => send(path.join(root, "404.html"), 404).catch(() => res.writeHead(404).end());
    if (!pathname.startsWith(base)) return notFound();
    const file = path.join(root, pathname.slice(base.length));
    if (!file.startsWith(root)) return notFound();
    for (const candidate of [file, path.join(file, "index.html")]) {
      const info = await stat(candidate).catch(() => null);
      if (info?.isFile()) return send(candidate, 200);
    }
    return notFound();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setReachable: (value) => {
      reachable = value;
      // Connections kept alive would otherwise carry on as if nothing happened.
      if (!value) server.closeAllConnections();
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
