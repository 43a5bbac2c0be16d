/*
 * On phones the header's search field hides behind a button. Without JavaScript the button is
 * a link to the search page; with it, the button opens the field in the header and focuses it.
 */
const header = document.querySelector<HTMLElement>("[data-site-header]");
const toggle = header?.querySelector<HTMLAnchorElement>("[data-search-toggle]");
const field = header?.querySelector<HTMLInputElement>(".header-search input");

if (header && toggle && field) {
  const setOpen = (open: boolean) => {
    header.classList.toggle("site-header--searching", open);
    toggle.setAttribute("aria-expanded", String(open));
  };
  toggle.setAttribute("role", "button");
  toggle.setAttribute("aria-controls", field.form!.id);
  setOpen(false);
  toggle.addEventListener("click", (event) => {
    event.preventDefault();
    const open = !header.classList.contains("site-header--searching");
    setOpen(open);
    if (open) field.focus();
  });
  // The space key presses a button; a link only answers Enter.
  toggle.addEventListener("keydown", (event) => {
    if (event.key === " ") {
      event.preventDefault();
      toggle.click();
    }
  });
  field.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      setOpen(false);
      toggle.focus();
    }
  });
}
