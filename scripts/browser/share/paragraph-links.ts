import { copyText } from "./copy-text.ts";
import { announce, shareStrings } from "./page-strings.ts";

/*
 * The "link to this" control after each paragraph is a plain link to its fragment, which
 * works without JavaScript (open it, or copy it from the context menu). Here it becomes a
 * button that copies the paragraph's absolute address and says so.
 */

async function copyLink(link: HTMLAnchorElement, strings: NonNullable<ReturnType<typeof shareStrings>>): Promise<void> {
  const url = new URL(link.href);
  // The address bar shows the paragraph's link too: one more way to take it, and what a reload keeps.
  history.replaceState(history.state, "", url.hash);
  announce((await copyText(url.href)) ? strings.link_copied : strings.link_in_address_bar);
}

const strings = shareStrings();
const links = document.querySelectorAll<HTMLAnchorElement>("a.block-link");
if (strings && links.length) {
  for (const link of links) link.setAttribute("role", "button");
  document.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>("a.block-link");
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void copyLink(link, strings);
  });
  // A button is pressed with Space as well as Enter.
  document.addEventListener("keydown", (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>("a.block-link");
    if (!link || event.key !== " ") return;
    event.preventDefault();
    void copyLink(link, strings);
  });
}
