/*
 * `milaff serve` only (never in a built site): when the last rebuild failed, its problems are
 * shown over the page, as the terminal shows them, with this overlay's own words in the page's
 * language. A page loaded meanwhile asks for the state; the dev server's socket says when it
 * changes. A good build reloads the page, which finds no problem and shows nothing.
 */

interface DevStatus {
  failed: boolean;
  message?: string;
  strings: Record<string, { failed_title: string; still_serving: string; close: string }>;
}

const script = document.currentScript ?? document.querySelector<HTMLScriptElement>("script[data-milaff-dev]");
const root = new URL(".", (script as HTMLScriptElement | null)?.src ?? import.meta.url);
let host: HTMLElement | undefined;

function hide(): void {
  host?.remove();
  host = undefined;
}

function show(status: DevStatus): void {
  hide();
  const lang = document.documentElement.lang in status.strings ? document.documentElement.lang : Object.keys(status.strings)[0]!;
  const words = status.strings[lang]!;
  host = document.createElement("milaff-dev-errors");
  const shadow = host.attachShadow({ mode: "open" });
  const sheet = document.createElement("link");
  sheet.rel = "stylesheet";
  sheet.href = new URL("error-overlay.css", root).href;
  const box = document.createElement("section");
  box.setAttribute("role", "alertdialog");
  box.setAttribute("aria-labelledby", "title");
  box.lang = lang;
  box.dir = lang === "ar" ? "rtl" : "ltr";
  const title = document.createElement("h2");
  title.id = "title";
  title.textContent = words.failed_title;
  const note = document.createElement("p");
  note.textContent = words.still_serving;
  const problems = document.createElement("pre");
  problems.dir = "ltr";
  problems.lang = "en";
  problems.textContent = status.message ?? "";
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = words.close;
  close.addEventListener("click", hide);
  box.append(title, note, problems, close);
  shadow.append(sheet, box);
  document.body.append(host);
  close.focus();
}

async function refresh(): Promise<void> {
  const status = (await fetch(new URL("status.json", root), { cache: "no-store" }).then((r) => r.json())) as DevStatus;
  if (status.failed) show(status);
  else hide();
}

const socket = new WebSocket(`${location.protocol.replace("http", "ws")}//${location.host}`);
socket.addEventListener("message", (event) => {
  if ((JSON.parse(String(event.data)) as { type?: string }).type === "eleventy.error") void refresh();
});
void refresh();
