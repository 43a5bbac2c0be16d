import render from "dom-serializer";
import { Text, type ChildNode, type Element } from "domhandler";
import { findAll, replaceElement } from "domutils";
import { parseDocument } from "htmlparser2";

/*
 * The site's HTML (Markdown rendered by the site's own renderer) as the XHTML an EPUB must
 * hold: void elements closed, only the five XML escapes, and every address rewritten for the
 * book — pictures to the copies inside it, links to its own chapters, the rest to the web.
 */

export interface AddressRewrite {
  /** The book's path for a picture, or undefined to leave the picture out (its description stays). */
  src(url: string): string | undefined;
  /** The book's path or a web address for a link, or undefined to keep only its text. */
  href(url: string): string | undefined;
}

function unwrap(element: Element, children: ChildNode[]): void {
  const parent = element.parent;
  if (!parent) return;
  const at = parent.children.indexOf(element);
  parent.children.splice(at, 1, ...children);
  for (const child of children) child.parent = parent;
}

export function toXhtml(html: string, rewrite: AddressRewrite): string {
  const doc = parseDocument(html);
  for (const img of findAll((e) => e.name === "img", doc.children)) {
    const src = rewrite.src(img.attribs.src ?? "");
    // Reading systems load every picture at once: the site's lazy-loading hints mean nothing there.
    delete img.attribs.loading;
    delete img.attribs.decoding;
    if (src) img.attribs.src = src;
    else replaceElement(img, new Text(img.attribs.alt ?? ""));
  }
  for (const a of findAll((e) => e.name === "a" && e.attribs.href !== undefined, doc.children)) {
    const href = rewrite.href(a.attribs.href!);
    if (href === undefined) unwrap(a, a.children);
    else a.attribs.href = href;
  }
  // EPUB style sheets may not set direction: code reads left to right by its own attribute.
  for (const code of findAll((e) => (e.name === "code" || e.name === "pre") && e.attribs.dir === undefined, doc.children)) code.attribs.dir = "ltr";
  return render(doc, { xmlMode: false, selfClosingTags: true, emptyAttrs: true, encodeEntities: "utf8" });
}
