import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import type { Browser, Page, Response } from "playwright-core";

/*
 * `milaff serve` as a curator uses it: the time from saving an article to its rebuilt page
 * being served and shown, and from adding an article to it being listed on its dossier page,
 * measured in a real Chromium that has the pages open and reloads them when serve tells it to.
 * (Polling the page over HTTP every few milliseconds, as this did before, made serve answer a
 * hundred requests while rebuilding, which no curator's browser does.)
 */

export interface ServeTimes {
  /** Save → the browser has the page with the change (its reload's response). */
  editMs: number[];
  /** Save → the browser has loaded it (DOMContentLoaded). */
  editShownMs: number[];
  /** Save → serve reports its pages rebuilt (listings and entity pages included). */
  editDoneMs: number[];
  /** Save → serve reports the search index updated. */
  editSearchMs: number[];
  /** New file → listed on its dossier page. */
  newMs: number[];
  newDoneMs: number[];
  /** Start → first build served. */
  startMs: number;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Watches the page open in the browser (called before the save) for the reload that brings
 * `text`: serve's reload client reloads it when a rebuild is done. Resolves with the time that
 * reload's response came (through the site's service worker, as a reader's browser gets it) and
 * the time the page was loaded after it (DOMContentLoaded). Event-driven: nothing polls serve or
 * keeps the browser busy.
 */
function reloadWith(page: Page, text: string, timeoutMs = 120_000): Promise<{ served: number; shown: number }> {
  return new Promise((resolve, reject) => {
    let served: number | undefined;
    const loads: number[] = [];
    const finish = (error?: Error) => {
      clearTimeout(timer);
      page.off("response", onResponse);
      page.off("domcontentloaded", onLoaded);
      if (error) reject(error);
      else resolve({ served: served!, shown: loads.find((t) => t > served!)! });
    };
    const timer = setTimeout(() => finish(new Error(`milaff serve never sent the page with ${JSON.stringify(text)} within ${timeoutMs / 1000} s`)), timeoutMs);
    const onLoaded = () => {
      loads.push(performance.now());
      if (served !== undefined) finish();
    };
    const onResponse = (response: Response) => {
      if (!response.request().isNavigationRequest() || response.frame() !== page.mainFrame()) return;
      const at = performance.now();
      // A body the browser dropped (the page reloaded again at once) counts as a miss: the next reload brings the text too.
      void response.text().then(
        (body) => {
          if (served !== undefined || !body.includes(text)) return;
          served = at;
          if (loads.some((t) => t > at)) finish();
        },
        () => {},
      );
    };
    page.on("response", onResponse);
    page.on("domcontentloaded", onLoaded);
  });
}

/** Polls a URL until its body contains `text`; returns when it does. */
async function servedWith(url: string, text: string, timeoutMs = 120_000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (performance.now() < end) {
    const body = await fetch(url)
      .then((r) => (r.ok ? r.text() : ""))
      .catch(() => "");
    if (body.includes(text)) return;
    await sleep(10);
  }
  throw new Error(`milaff serve did not serve ${JSON.stringify(text)} at ${url} within ${timeoutMs / 1000} s`);
}

/** Resolves with the time of serve's next line matching `pattern` (by default ✓ or ✗: a rebuild finished). */
function nextResult(child: ChildProcess, pattern = /^\s*[✓✗]/m): Promise<number> {
  return new Promise((resolve) => {
    const onData = (chunk: Buffer) => {
      if (pattern.test(String(chunk))) {
        child.stdout!.off("data", onData);
        child.stderr!.off("data", onData);
        resolve(performance.now());
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
  });
}

export async function measureServe(
  browser: Browser,
  options: { milaff: string; content: string; out: string; dossier: string; article: string; runs: number },
): Promise<ServeTimes> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [options.milaff, "serve", "--content", options.content, "--out", options.out, "--port", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1" },
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const exited = new Promise<never>((_, reject) => child.on("exit", (code) => reject(new Error(`milaff serve exited with ${code}:\n${log}`))));
  const race = <T>(p: Promise<T>) => Promise.race([p, exited]);
  // The curator's two tabs: the article being edited and the dossier page it is listed on.
  const [articlePage, dossierPage] = await Promise.all([browser.newPage(), browser.newPage()]);
  try {
    const articleUrl = `${origin}/ar/${options.dossier}/${options.article}/`;
    const dossierUrl = `${origin}/ar/${options.dossier}/`;
    await race(servedWith(articleUrl, "<html", 600_000));
    const times: ServeTimes = { editMs: [], editShownMs: [], editDoneMs: [], editSearchMs: [], newMs: [], newDoneMs: [], startMs: performance.now() - started };
    const file = path.join(options.content, "dossiers", options.dossier, `${options.article}.ar.md`);
    const original = readFileSync(file, "utf8");
    await Promise.all([articlePage.goto(articleUrl), dossierPage.goto(dossierUrl)]);
    // Lets file watching settle, as a curator's first save comes a while after starting.
    await sleep(1000);
    for (let run = 1; run <= options.runs; run++) {
      const marker = `قياس${run}تعديل${Date.now()}`;
      const done = nextResult(child);
      const searched = nextResult(child, /search index updated|✗/);
      const reloaded = reloadWith(articlePage, marker);
      const saved = performance.now();
      writeFileSync(file, `${original.trimEnd()}\n\n${marker}\n`);
      const { served, shown } = await race(reloaded);
      times.editMs.push(served - saved);
      times.editShownMs.push(shown - saved);
      times.editDoneMs.push((await race(done)) - saved);
      times.editSearchMs.push((await race(searched)) - saved);
      await sleep(500);

      const id = `bench-new-${run}`;
      const title = `مقال جديد ${marker}`;
      const added = path.join(path.dirname(file), `${id}.ar.md`);
      const listed = nextResult(child);
      const listedSearch = nextResult(child, /search index updated|✗/);
      const listedIn = reloadWith(dossierPage, title);
      const created = performance.now();
      writeFileSync(added, `---\ntitle: ${title}\ndate: 2026-01-01\n---\n\n${marker}\n`);
      times.newMs.push((await race(listedIn)).served - created);
      times.newDoneMs.push((await race(listed)) - created);
      await race(listedSearch);
      await sleep(500);
      const removed = nextResult(child, /search index updated|✗/);
      rmSync(added);
      await race(removed);
      await sleep(500);
    }
    const restored = nextResult(child, /search index updated|✗/);
    writeFileSync(file, original);
    await race(restored);
    return times;
  } finally {
    await Promise.all([articlePage.close(), dossierPage.close()]);
    child.kill("SIGTERM");
  }
}
