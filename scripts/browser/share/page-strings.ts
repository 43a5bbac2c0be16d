/** The interface strings the share scripts show, from the page's JSON block (in the page's language). */
export interface ShareStrings {
  link_copied: string;
  link_in_address_bar: string;
  recovered: string;
  gone: string;
  citation_copied: string;
}

export function shareStrings(): ShareStrings | null {
  const block = document.getElementById("share-strings");
  return block?.textContent ? (JSON.parse(block.textContent) as ShareStrings) : null;
}

/**
 * Says something in the page's status line: shown for a few seconds, and read out by screen
 * readers (the live region stays in the page, empty, so that its changes are announced).
 */
export function announce(message: string): void {
  const status = document.getElementById("share-status");
  if (!status) return;
  status.textContent = message;
  clearTimeout(Number(status.dataset.timer));
  status.dataset.timer = String(setTimeout(() => (status.textContent = ""), 4000));
}
