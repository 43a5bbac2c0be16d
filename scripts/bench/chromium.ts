import { chromium, type Browser } from "playwright-core";

/**
 * A real headless Chromium that `npm install` brings: the @sparticuz/chromium package ships
 * one that playwright-core drives (service workers and WebAssembly included). CHROMIUM_PATH
 * points at another build (e.g. Debian's /usr/bin/chromium) when wanted.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || (await (await import("@sparticuz/chromium")).default.executablePath());
  return chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
}
