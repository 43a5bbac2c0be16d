import { Parser } from "htmlparser2";
import { linkScheme } from "./safe-link.ts";

/*
 * An SVG opened on its own (a link to the image, "open image in new tab") is a document of
 * the site's own origin: its scripts run there, with the reader's saved dossiers within reach,
 * and GitHub Pages sends no header that could stop them. Shown in <img> it runs nothing, but
 * the file is published either way. So an SVG must hold nothing that runs or loads: listed
 * here is everything that could.
 */

/** Elements that run script, embed documents or define event handlers. */
const ACTIVE = new Set(["script", "foreignobject", "iframe", "embed", "object", "handler", "listener"]);
/** Elements that load what their href names. */
const LOADS = new Set(["use", "image", "feimage", "tref", "mpath"]);
/** Attribute names are compared without their namespace prefix (xlink:href, x:href, href). */
const local = (name: string): string => name.toLowerCase().replace(/^.*:/, "");
/** Animation elements can set an attribute, href included, to any value. */
const ANIMATES = new Set(["set", "animate"]);

/** Decodes an SVG as a browser would: UTF-16 by its byte order mark or first bytes, else UTF-8 (ASCII markup survives any other). */
function decode(bytes: Uint8Array): string {
  const [a, b] = [bytes[0], bytes[1]];
  const utf16 = (a === 0xff && b === 0xfe) || (a === 0x3c && b === 0) ? "utf-16le" : (a === 0xfe && b === 0xff) || (a === 0 && b === 0x3c) ? "utf-16be" : "utf-8";
  return new TextDecoder(utf16).decode(bytes);
}

/** What in this SVG could run or load something, each with its line; empty when nothing does. */
export function svgActiveContent(bytes: Uint8Array): string[] {
  const text = decode(bytes);
  const found: string[] = [];
  const lineAt = (index: number) => text.slice(0, index).split("\n").length;
  // Entities declared in the file are expanded by the browser's XML parser into markup this parser never sees.
  const entity = text.search(/<!ENTITY/i);
  if (entity >= 0) found.push(`an <!ENTITY> declaration (line ${lineAt(entity)})`);
  let parser: Parser;
  const at = () => `line ${lineAt(parser.startIndex)}`;
  parser = new Parser(
    {
      onprocessinginstruction(name, data) {
        if (/^\?xml-stylesheet/i.test(name)) found.push(`an xml-stylesheet instruction, which can transform the file into a page (${at()})`);
        else if (/^!doctype/i.test(name) && data.includes("[")) found.push(`a DOCTYPE with its own declarations (${at()})`);
      },
      onopentag(rawName, attrs) {
        const name = local(rawName);
        if (ACTIVE.has(name)) found.push(`a <${rawName}> element (${at()})`);
        for (const [rawAttr, value] of Object.entries(attrs)) {
          const attr = local(rawAttr);
          if (attr.startsWith("on")) found.push(`an event handler ${rawAttr} on <${rawName}> (${at()})`);
          const scheme = linkScheme(value);
          if (["javascript", "vbscript", "data"].includes(scheme) && /^(href|to|from|values|by|src)$/.test(attr)) {
            found.push(`a ${scheme}: address in ${rawAttr} of <${rawName}> (${at()})`);
          }
          if (attr === "href" && LOADS.has(name) && !value.trim().startsWith("#")) found.push(`<${rawName}> loads ${value} (${at()}): only #fragments of the same file are allowed`);
        }
        if ((ANIMATES.has(name) || name.startsWith("animate")) && local(attrs.attributeName ?? attrs.attributename ?? "") === "href") {
          found.push(`<${rawName}> changes a link's address (${at()})`);
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(text);
  parser.end();
  return found;
}
