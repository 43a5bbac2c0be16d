import { z } from "zod";
import { parseContentDate } from "./parse-date.ts";
import { isValidId } from "./ids.ts";
import { isWebAddress } from "./web-address.ts";

/*
 * The shape of every content file, in one place. Refinements carry a rule name as their
 * message; `schema-problems.ts` turns rule names and field paths into the curator-facing text.
 */

const text = z.string().trim().min(1);
const id = z.string().refine(isValidId, { error: "id" });
const date = z.string().refine((v) => parseContentDate(v) !== null, { error: "date" });
const webUrl = z.string().refine(isWebAddress, { error: "url" });
const perLanguage = z.strictObject({ ar: text, en: text }).partial();

const image = z.strictObject({
  src: z.string().trim().min(1).optional(),
  caption: text.optional(),
  credit: text.optional(),
  alt: text.optional(),
});

export const siteSchema = z.strictObject({
  title: perLanguage,
  description: perLanguage.optional(),
  languages: z.array(z.enum(["ar", "en"])).min(1).optional(),
  url: webUrl.optional(),
  locale: perLanguage.optional(),
  digits: z.strictObject({ ar: z.enum(["arabic", "latin"]), en: z.enum(["arabic", "latin"]) }).partial().optional(),
  calendar: z.enum(["gregorian", "hijri"]).optional(),
});

const entity = z.strictObject({ ar: text.optional(), en: text.optional(), about: perLanguage.optional() });
const entityGroup = z.record(z.string(), entity);

export const entitiesSchema = z.strictObject({
  people: entityGroup.optional(),
  orgs: entityGroup.optional(),
  places: entityGroup.optional(),
});

export const dossierSchema = z.strictObject({
  title: text,
  summary: text.optional(),
  order: z.number().int().optional(),
  image: image.optional(),
  draft: z.boolean().optional(),
});

export const articleSchema = z.strictObject({
  title: text,
  date,
  source: z
    .strictObject({
      name: text,
      url: webUrl.optional(),
      author: text.optional(),
      via: z.array(z.strictObject({ name: text, url: webUrl.optional() })).optional(),
    })
    .optional(),
  retrieved: date.optional(),
  summary: text.optional(),
  people: z.array(id).optional(),
  orgs: z.array(id).optional(),
  places: z.array(id).optional(),
  tags: z.array(text).optional(),
  image: image.optional(),
  translation: z.strictObject({ status: z.enum(["original", "translated"]), by: text.optional() }).optional(),
  note: text.optional(),
  aliases: z.array(id).optional(),
  draft: z.boolean().optional(),
  order: z.number().int().optional(),
});

/** A draft may leave its date for later: it is checked, but not published until it has one. */
export const articleDraftSchema = articleSchema.extend({ date: date.nullish() });

type EntitiesData = z.infer<typeof entitiesSchema>;
export type DossierData = z.infer<typeof dossierSchema>;
export type ArticleData = z.infer<typeof articleSchema>;
export type EntityKind = keyof EntitiesData;
export const ENTITY_KINDS: EntityKind[] = ["people", "orgs", "places"];
