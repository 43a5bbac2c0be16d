import { copyText } from "./copy-text.ts";
import { announce, shareStrings } from "./page-strings.ts";

/* The "copy the citation" button: hidden without JavaScript (the text can be selected), shown here. */
const strings = shareStrings();
for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
  const source = document.getElementById(button.dataset.copy!);
  if (!strings || !source) continue;
  button.hidden = false;
  button.addEventListener("click", async () => {
    if (await copyText(source.textContent!.replace(/\s+/g, " ").trim())) announce(strings.citation_copied);
  });
}
