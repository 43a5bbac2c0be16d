import path from "node:path";
import { closestMatch } from "./closest-match.ts";
import type { ContentProblem } from "./content-error.ts";
import type { Findings } from "./content-warning.ts";
import { isLang, isValidId, parseContentFileName, RESERVED_DOSSIER_IDS, suggestId, type Lang } from "./ids.ts";
import type { MediaFile, RawDossier, RawMarkdown } from "./load-content.ts";
import { markdownImageRefs, mediaPath } from "./media-path.ts";
import { parseContentDate, type ContentDate } from "./parse-date.ts";
import { isPlaceholderTitle } from "./placeholders.ts";
import { parseWithSchema } from "./parse-with-schema.ts";
import { unsafeLinkWarnings } from "./unsafe-links.ts";
import { articleDraftSchema, articleSchema, dossierSchema, ENTITY_KINDS, type ArticleData, type DossierData, type EntityKind } from "./schema.ts";
import { checkUrlConflicts } from "./url-conflicts.ts";
import type { EntityDef } from "./validate-site.ts";

export interface DossierFile {
  lang: Lang;
  file: string;
  data: DossierData;
  body: string;
}

export interface ArticleFile {
  lang: Lang;
  file: string;
  data: ArticleData;
  date: ContentDate;
  retrieved?: ContentDate;
  body: string;
}

export interface ArticleSource {
  id: string;
  versions: Partial<Record<Lang, ArticleFile>>;
}

export interface DossierSource {
  id: string;
  /** Absolute folder, for copying media. */
  dir: string;
  versions: Partial<Record<Lang, DossierFile>>;
  articles: ArticleSource[];
  media: Set<string>;
}

/** Phones on a slow network: a photo saved for the web is 200–500 KB. */
const MAX_IMAGE_BYTES = 10_000_000;

function checkImages(file: string, refs: { field: string; src: string }[], dossier: RawDossier, problems: ContentProblem[]): void {
  for (const { field, src } of refs) {
    const inDossier = mediaPath(src);
    if (inDossier === null) {
      problems.push({
        file,
        field,
        expected: "an image file in this dossier's media/ folder",
        found: `${JSON.stringify(src)}, ${/^[a-z][a-z0-9+.-]*:/i.test(src) ? "a web address" : "a path outside the dossier"}`,
        hint: "save the image into the dossier's media/ folder and write media/<file name>: the site then keeps it, offline too, after the source takes it down.",
      });
      continue;
    }
    const media: MediaFile | undefined = inDossier.startsWith("media/") ? dossier.mediaFiles.get(inDossier) : undefined;
    if (media?.type === null) {
      problems.push({
        file,
        field,
        expected: "an image file (JPEG, PNG, GIF, WebP, AVIF or SVG)",
        found: `${JSON.stringify(src)}, whose bytes are not an image`,
        hint: "save the picture itself (in the browser: right-click it, Save image as), not the page around it.",
      });
    } else if (media && media.bytes > MAX_IMAGE_BYTES) {
      problems.push({
        file,
        field,
        expected: `an image under ${MAX_IMAGE_BYTES / 1_000_000} MB, for readers on phones and slow networks`,
        found: `${JSON.stringify(src)}, ${(media.bytes / 1_000_000).toFixed(1)} MB`,
        hint: "resize it to at most 2000 pixels wide and save it as JPEG or WebP (a photo is then 200–500 KB).",
      });
    }
    if (media) continue;
    const close = [...dossier.media].find((m) => m.toLowerCase() === inDossier.toLowerCase());
    problems.push({
      file,
      field,
      expected: "an image file in this dossier's media/ folder",
      found: `${JSON.stringify(src)}, which does not exist`,
      hint: close
        ? `did you mean ${close}? File names are case-sensitive on the web.`
        : `put the file at ${path.posix.join(path.dirname(file).split(path.sep).join("/"), inDossier)} or correct the path.`,
    });
  }
}

/** The images a file names: image.src and the body's, read from the raw front matter so they are checked even when other fields are wrong. */
function imageRefs(raw: RawMarkdown): { field: string; src: string }[] {
  const refs = markdownImageRefs(raw.body).map((src) => ({ field: "(body image)", src }));
  const src = (raw.data.image as { src?: unknown } | undefined)?.src;
  if (typeof src === "string" && src.trim()) refs.unshift({ field: "image.src", src });
  return refs;
}

/**
 * The entities references are checked against. Not readable when entities.yml itself has problems
 * that hide its ids; `broken` are ids it defines with problems of their own. Neither kind of
 * reference is reported as unknown: the problem is in entities.yml, and is reported there.
 */
export interface KnownEntities {
  readable: boolean;
  entities: EntityDef[];
  /** The ids of each kind, looked up once per reference (a few hundred entities, thousands of files). */
  ids: Record<EntityKind, Set<string>>;
  broken: Set<string>;
}

/** Entity references, read from the raw front matter so that a typo shows even while other fields are wrong. */
function checkEntities(file: string, data: Record<string, unknown>, known: KnownEntities, problems: ContentProblem[]): void {
  if (!known.readable) return;
  for (const kind of ENTITY_KINDS) {
    const refs = data[kind];
    if (!Array.isArray(refs)) continue;
    refs.forEach((ref: unknown, i) => {
      // Wrongly typed items are the schema's to report.
      if (typeof ref !== "string" || !isValidId(ref) || known.ids[kind].has(ref) || known.broken.has(ref)) return;
      const ids = [...known.ids[kind]];
      const elsewhere = known.entities.find((e) => e.id === ref);
      const similar = closestMatch(ref, ids) ?? ids.find((k) => k.includes(ref) || ref.includes(k));
      problems.push({
        file,
        field: `${kind}[${i}]`,
        expected: `an id listed under ${kind}: in entities.yml`,
        found: `${JSON.stringify(ref)}, which is not there`,
        hint: elsewhere
          ? `${ref} is listed under ${elsewhere.kind}:; move the reference to ${elsewhere.kind}: in this file.`
          : similar
            ? `did you mean ${similar}? Otherwise add ${ref} to entities.yml under ${kind}: with its names in each language.`
            : `add ${ref} to entities.yml under ${kind}: with its names in each language.`,
      });
    });
  }
}

const DRAFT_WEEK_MS = 7 * 24 * 3600 * 1000;

/**
 * Placeholders outside drafts, drafts left for weeks: read from the raw front matter, so that they
 * show beside the schema's problems rather than after those are fixed.
 */
function checkDraft(file: string, data: Record<string, unknown>, kind: "article" | "dossier", found: Findings): void {
  if (data.draft !== true && typeof data.title === "string" && isPlaceholderTitle(data.title)) {
    found.problems.push({
      file,
      field: "title",
      expected: `the ${kind}'s own title`,
      found: `${JSON.stringify(data.title)}, the placeholder milaff new wrote`,
      hint: "write the title, or keep draft: true until the file is ready to publish.",
    });
  }
  // A draft's age is read from the file, never from the disk's dates, which git and copies reset.
  const since = data.draft === true && typeof data.retrieved === "string" ? parseContentDate(data.retrieved) : null;
  if (since && Date.now() - Date.parse(since.date) > DRAFT_WEEK_MS) {
    const days = Math.floor((Date.now() - Date.parse(since.date)) / 86_400_000);
    found.warnings.push({
      file,
      field: "draft",
      expected: "a draft finished within a week",
      found: `a draft since ${since.date} (retrieved:), ${days} days ago`,
      hint: "finish it and remove draft: true to publish it, or delete the file if it is no longer wanted.",
    });
  }
}

/** A file's checks, each independent of the others, so that every problem shows in one run. */
function articleFile(raw: RawMarkdown, lang: Lang, dossier: RawDossier, entities: KnownEntities, found: Findings): ArticleFile | null {
  const { problems } = found;
  const draft = raw.data.draft === true;
  const data = parseWithSchema(draft ? articleDraftSchema : articleSchema, raw.data, raw.file, "front matter", problems);
  checkEntities(raw.file, raw.data, entities, problems);
  checkImages(raw.file, imageRefs(raw), dossier, problems);
  checkDraft(raw.file, raw.data, "article", found);
  found.warnings.push(...unsafeLinkWarnings(raw));
  if (!data) return null;
  // An undated draft is checked but never published, so it needs no place in the model.
  if (!data.date) return null;
  return {
    lang,
    file: raw.file,
    data: { ...data, date: data.date },
    date: parseContentDate(data.date)!,
    retrieved: data.retrieved ? parseContentDate(data.retrieved)! : undefined,
    body: raw.body,
  };
}

/**
 * A translated version needs its original. Versions are looked for by file name, anywhere in the
 * site, so that a broken original (reported on its own) or one in another dossier (reported as
 * such) does not also bring a false "only version" here.
 */
function checkTranslations(articles: ArticleSource[], dossier: RawDossier, siteFiles: SiteArticleFiles, problems: ContentProblem[]): void {
  for (const article of articles) {
    for (const version of Object.values(article.versions)) {
      if (version.data.translation?.status !== "translated") continue;
      if ((siteFiles.get(article.id) ?? []).some((f) => f.lang !== version.lang)) continue;
      const other = version.lang === "ar" ? "en" : "ar";
      problems.push({
        file: version.file,
        field: "translation.status",
        expected: `the original beside it, as ${dossier.displayDir}/${article.id}.${other}.md`,
        found: `"translated", but this is the only version of ${article.id}`,
        hint: `give the original the same file name with .${other}.md, or write status: original if this is the original text.`,
      });
    }
  }
}

/** Every article file of the site by id (from file names, parsed or not): where each version is. */
export type SiteArticleFiles = Map<string, { dossier: string; lang: string; file: string }[]>;

/**
 * Checks one dossier folder, every file on its own.
 */
export function validateDossier(
  dossier: RawDossier,
  languages: Lang[],
  entities: KnownEntities,
  siteFiles: SiteArticleFiles,
  found: Findings,
): DossierSource | null {
  const { problems } = found;
  const before = problems.length;
  if (!isValidId(dossier.id) || RESERVED_DOSSIER_IDS.includes(dossier.id)) {
    problems.push({
      file: dossier.displayDir,
      field: "(folder name)",
      expected: isValidId(dossier.id)
        ? `a dossier id other than the reserved ${RESERVED_DOSSIER_IDS.join(", ")}`
        : "a dossier id of lowercase a-z, 0-9 and hyphens",
      found: JSON.stringify(dossier.id),
      hint: `rename the folder, e.g. to ${isValidId(dossier.id) ? `${dossier.id}-dossier` : suggestId(dossier.id)}; the id becomes part of every link.`,
    });
  }
  for (const stray of dossier.strayFiles) {
    problems.push({
      file: stray,
      field: "(file)",
      expected: "only <id>.ar.md / <id>.en.md files and a media/ folder in a dossier",
      found: "another file",
      hint: "move images into media/ and remove other files; nothing in a dossier folder is ignored silently.",
    });
  }
  const versions: Partial<Record<Lang, DossierFile>> = {};
  const articles = new Map<string, ArticleSource>();
  for (const raw of dossier.markdown) {
    const name = parseContentFileName(raw.name);
    if (!name || !isLang(name.lang) || !languages.includes(name.lang)) {
      const endings = languages.map((l) => `.${l}.md`).join(" or ");
      const knownLanguage = name && isLang(name.lang);
      problems.push({
        file: raw.file,
        field: "(file name)",
        expected: `a name ending in ${endings}`,
        found: JSON.stringify(raw.name),
        hint: knownLanguage
          ? `this site's languages are ${languages.join(", ")} (languages: in site.yml): add ${name.lang} there, or remove this file.`
          : `the ending tells the language: rename it to ${suggestId(name?.id ?? raw.name.replace(/\.md$/, ""))}.${languages[0]}.md, for example.`,
      });
      continue;
    }
    const lang = name.lang;
    if (name.id === "dossier") {
      const data = parseWithSchema(dossierSchema, raw.data, raw.file, "front matter", problems);
      checkImages(raw.file, imageRefs(raw), dossier, problems);
      checkDraft(raw.file, raw.data, "dossier", found);
      found.warnings.push(...unsafeLinkWarnings(raw));
      if (data) versions[lang] = { lang, file: raw.file, data, body: raw.body };
      continue;
    }
    if (!isValidId(name.id)) {
      problems.push({
        file: raw.file,
        field: "(file name)",
        expected: "an article id of lowercase a-z, 0-9 and hyphens",
        found: JSON.stringify(name.id),
        hint: /[a-z0-9]/i.test(name.id)
          ? `rename the file to ${suggestId(name.id)}.${lang}.md; the id is the article's permanent link.`
          : `rename the file with Latin letters, e.g. its key words in English (haftar-visits-amman.${lang}.md); the id is the article's permanent link, and links in Arabic letters break in chat apps.`,
      });
      continue;
    }
    const file = articleFile(raw, lang, dossier, entities, found);
    if (!file) continue;
    const article = articles.get(name.id) ?? { id: name.id, versions: {} };
    article.versions[lang] = file;
    articles.set(name.id, article);
  }
  if (!Object.keys(versions).length && !dossier.markdownNames.some((name) => name.startsWith("dossier."))) {
    problems.push({
      file: dossier.displayDir,
      field: "(dossier file)",
      expected: `a dossier.${languages[0]}.md with the dossier's title`,
      found: "no dossier file",
      hint: `create ${languages.map((l) => `dossier.${l}.md`).join(" and ")} (milaff new dossier ${dossier.id} does it).`,
    });
  }
  const list = [...articles.values()];
  checkTranslations(list, dossier, siteFiles, problems);
  checkUrlConflicts(dossier.id, list, problems);
  if (problems.length > before) return null;
  return { id: dossier.id, dir: dossier.dir, versions, articles: list, media: dossier.media };
}
