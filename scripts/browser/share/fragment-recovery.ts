import { isBlockId, nearestBlockId } from "../../text/block-id.ts";
import { shareStrings } from "./page-strings.ts";

/*
 * A paragraph's id is a signature of its text, so when a link's paragraph was edited after the
 * link was made, its id is gone but its new id is close to the old one: go there, and say so,
 * rather than leaving the reader at the top of the page.
 */

function notice(text: string): HTMLElement {
  const element = document.createElement("p");
  element.className = "notice notice--fragment";
  element.setAttribute("role", "status");
  element.textContent = text;
  return element;
}

/** The address's fragment as an id; empty when it is not a valid escape (a mangled link), which is no block id either. */
function fragment(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return "";
  }
}

function recover(): void {
  const strings = shareStrings();
  const wanted = fragment();
  if (!strings || !wanted || document.getElementById(wanted) || !isBlockId(wanted)) return;
  // A second recovery (the reader followed another old link on the page) replaces the first.
  document.querySelector(".notice--fragment")?.remove();
  document.querySelector(".is-recovered")?.classList.remove("is-recovered");
  const blocks = [...document.querySelectorAll<HTMLElement>("main [id]")].filter((e) => isBlockId(e.id));
  const nearest = nearestBlockId(wanted, blocks.map((b) => b.id));
  const target = nearest ? document.getElementById(nearest)! : null;
  if (!target) {
    const main = document.querySelector("main");
    main?.prepend(notice(strings.gone));
    return;
  }
  const shown = notice(strings.recovered);
  target.before(shown);
  target.classList.add("is-recovered");
  // After load: until then the browser itself keeps scrolling to the address's fragment.
  whenLoaded(() => {
    // The address now names the paragraph as it is: sharing it again gives a link that holds.
    history.replaceState(history.state, "", `#${nearest}`);
    shown.scrollIntoView({ block: "start" });
  });
}

function whenLoaded(run: () => void): void {
  if (document.readyState === "complete") run();
  else addEventListener("load", run, { once: true });
}

if (document.querySelector("#share-strings")) {
  recover();
  addEventListener("hashchange", recover);
}
