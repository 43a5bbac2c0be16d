import type { z } from "zod";
import { closestMatch } from "./closest-match.ts";
import { describeValue, type ContentProblem } from "./content-error.ts";

interface FieldHelp {
  expected: string;
  hint: string;
}

const TEXT = (name: string, example: string): FieldHelp => ({
  expected: `${name} as text`,
  hint: `write it on one line, e.g. ${example}; put quotes around text holding a colon.`,
});
const ID_LIST = (kind: string): FieldHelp => ({
  expected: `a list of ${kind} ids from entities.yml`,
  hint: `write a list such as [saddam-haftar, khalifa-haftar]; ids are lowercase a-z, 0-9 and hyphens.`,
});
const ID_ITEM = (kind: string): FieldHelp => ({
  expected: `an id of ${kind} in entities.yml (lowercase a-z, 0-9, hyphens)`,
  hint: `use the id written in entities.yml under ${kind}:, not the name.`,
});
const DATE: FieldHelp = {
  expected: "a date written YYYY-MM-DD, optionally with a time HH:MM",
  hint: "write e.g. 2026-01-09 or 2026-01-09 06:43 (Gregorian calendar, month before day).",
};
const URL_HELP: FieldHelp = {
  expected: "a full web address starting with https:// or http://",
  hint: "copy the address from the browser's address bar.",
};

/** Help per field path; `[]` stands for any list position, `*` for any entity id. */
const FIELDS: Record<string, FieldHelp> = {
  title: TEXT("the title", 'title: "تعاون عسكري بين ليبيا والأردن"'),
  date: { ...DATE, hint: `give the original publication date; ${DATE.hint}` },
  retrieved: { ...DATE, hint: `give the day you saved the article; ${DATE.hint}` },
  summary: TEXT("a one-paragraph summary", 'summary: "…"'),
  note: TEXT("the curator's note", 'note: "…" (use note: | for several lines)'),
  order: { expected: "a whole number", hint: "write e.g. order: 1; lower numbers come first." },
  draft: { expected: "true or false", hint: "write draft: true to keep the file out of the site, or remove the line." },
  source: {
    expected: "the source as fields name, url, author, via",
    hint: 'write source: followed by indented lines such as   name: "النهار"',
  },
  "source.name": TEXT("the publisher's name", 'name: "النهار"'),
  "source.url": URL_HELP,
  "source.author": TEXT("the author's name", 'author: "…"'),
  "source.via": {
    expected: "a list of republishers, each with name and optional url",
    hint: "write via: then lines such as   - name: النشرة",
  },
  "source.via[]": { expected: "a republisher with name and optional url", hint: "write   - name: النشرة   (url: optional)" },
  "source.via[].name": TEXT("the republisher's name", "name: النشرة"),
  "source.via[].url": URL_HELP,
  people: ID_LIST("people"),
  "people[]": ID_ITEM("people"),
  orgs: ID_LIST("orgs"),
  "orgs[]": ID_ITEM("orgs"),
  places: ID_LIST("places"),
  "places[]": ID_ITEM("places"),
  tags: { expected: "a list of tags", hint: "write e.g. tags: [military, diplomacy]" },
  "tags[]": TEXT("a tag", "military"),
  aliases: { expected: "a list of former ids of this article", hint: "write e.g. aliases: [old-id]" },
  "aliases[]": { expected: "a former id (lowercase a-z, 0-9, hyphens)", hint: "copy the old file name without .ar.md or .en.md." },
  image: { expected: "an image as fields src, caption, credit, alt", hint: "write image: followed by indented lines such as   src: media/photo.jpg" },
  "image.src": { expected: "a path such as media/photo.jpg", hint: "put the file in the dossier's media/ folder and write its path from the dossier folder." },
  "image.caption": TEXT("the caption", 'caption: "…"'),
  "image.credit": TEXT("the photo credit", 'credit: "…"'),
  "image.alt": TEXT("a description of the image for screen readers", 'alt: "…"'),
  translation: {
    expected: "fields status (original or translated) and by",
    hint: "write translation: then   status: translated   and   by: your name",
  },
  "translation.status": { expected: "original or translated", hint: "write status: original or status: translated" },
  "translation.by": TEXT("the translator's name", "by: …"),
  // site.yml
  "title.*": TEXT("the site title in this language", 'ar: "ملف ليبيا"'),
  "description.*": TEXT("the site description in this language", 'en: "…"'),
  languages: { expected: "a list of languages, ar and/or en", hint: "write languages: [ar, en]" },
  "languages[]": { expected: "ar or en", hint: "milaff has interface strings for Arabic (ar) and English (en)." },
  url: { ...URL_HELP, hint: "write the public address of the site, e.g. https://you.github.io/dossier/" },
  "locale.*": { expected: "a locale such as ar-EG, ar-SY, ar-MA or en-GB", hint: "it sets month names: ar-EG gives يناير, ar-SY gives كانون الثاني." },
  "digits.*": { expected: "arabic or latin", hint: "arabic gives ٢٠٢٦, latin gives 2026." },
  calendar: { expected: "gregorian or hijri", hint: "write calendar: gregorian (the default) or calendar: hijri" },
  // entities.yml
  "*.*": { expected: "an entity with names ar and en", hint: "write e.g.   saddam-haftar: { ar: صدام حفتر, en: Saddam Haftar }" },
  "*.*.ar": TEXT("the name in Arabic", "ar: صدام حفتر"),
  "*.*.en": TEXT("the name in English", "en: Saddam Haftar"),
  "*.*.about.*": TEXT("a short description", 'en: "…"'),
};

const ENTITY_GROUPS = new Set(["people", "orgs", "places"]);

function normalize(path: PropertyKey[], kind: "front matter" | "site" | "entities"): string {
  const parts = path.map((p) => (typeof p === "number" ? "[]" : String(p)));
  if (kind === "site" && parts.length === 2 && ["title", "description", "locale", "digits"].includes(parts[0]!)) {
    return `${parts[0]}.*`;
  }
  if (kind === "entities" && parts.length >= 2 && ENTITY_GROUPS.has(parts[0]!)) {
    const rest = parts.slice(2);
    if (rest[0] === "about") return ["*", "*", "about", "*"].slice(0, 2 + rest.length).join(".");
    return ["*", "*", ...rest].join(".");
  }
  return parts.join(".").replace(/\.\[\]/g, "[]");
}

function fieldName(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("") || "(front matter)";
}

/** Turns zod issues into problems worded for curators: field, expected, found, fix. */
export function schemaProblems(
  file: string,
  issues: z.core.$ZodIssue[],
  kind: "front matter" | "site" | "entities",
  knownKeys: (path: PropertyKey[]) => string[],
): ContentProblem[] {
  // A misspelt field (nmae) also leaves the field it meant (name) missing: that is one problem, reported once, as the typo.
  const meant = new Set(
    issues.flatMap((issue) =>
      issue.code === "unrecognized_keys" ? issue.keys.flatMap((key) => closestMatch(key, knownKeys(issue.path)) ?? []).map((field) => (issue.path.length ? `${fieldName(issue.path)}.${field}` : field)) : [],
    ),
  );
  const caused = (issue: z.core.$ZodIssue) => issue.code === "invalid_type" && (issue as { input?: unknown }).input === undefined && meant.has(fieldName(issue.path));
  return issues.filter((issue) => !caused(issue)).flatMap((issue): ContentProblem[] => {
    if (issue.code === "unrecognized_keys") {
      const known = knownKeys(issue.path);
      return issue.keys.map((key) => {
        const suggestion = closestMatch(key, known);
        return {
          file,
          field: fieldName([...issue.path, key]),
          expected: `one of the known fields (${known.join(", ")})`,
          found: "an unknown field",
          hint: suggestion ? `did you mean ${suggestion}? Field names are case-sensitive.` : "remove it, or move it into note: if it is for readers.",
        };
      });
    }
    const help = FIELDS[normalize(issue.path, kind)] ?? { expected: "a valid value", hint: "see the content format in README.md." };
    const input = (issue as { input?: unknown }).input;
    const missing = issue.code === "invalid_type" && input === undefined;
    return [
      {
        file,
        field: fieldName(issue.path),
        expected: help.expected,
        found: missing ? "nothing (the field is missing)" : describeValue(input),
        hint: help.hint,
      },
    ];
  });
}
