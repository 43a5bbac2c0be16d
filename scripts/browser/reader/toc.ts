/*
 * The table of contents is folded (a <details>) so that on a phone it costs one line above the
 * text; where the screen is wide enough to show it beside the text, it opens.
 */
const toc = document.querySelector<HTMLDetailsElement>("[data-toc]");
const wide = window.matchMedia("(min-width: 80rem)");

if (toc) {
  const follow = () => {
    toc.open = wide.matches;
  };
  follow();
  wide.addEventListener("change", follow);
}
