import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { ContentError, type ContentProblem } from "../content/content-error.ts";
import { parseYamlText } from "../content/load-content.ts";
import { parseWithSchema } from "../content/parse-with-schema.ts";
import { comparable } from "./comparable.ts";

/*
 * Lines that news sites wrap around an article: share, print and comment widgets, "related
 * news" lists, banners. Built in for common Arabic and English sites, extended by the curator
 * in content/import-rules.yml. Every removal is reported, so nothing disappears silently.
 */

export interface LineRule {
  /** A line equal to this, a line starting with this, or a line matching this expression. */
  line?: string;
  starts?: string;
  pattern?: RegExp;
  why: string;
}

/** Words of share/print/comment widgets, which sites glue to the ends of lines. */
export const WIDGET_WORDS = new Set(
  "تعليق تعليقات ارسل طباعه تبليغ حذف شارك مشاركه حفظ نسخ ابلاغ share print email comment comments tweet facebook twitter whatsapp telegram".split(" "),
);

const BUILT_IN: LineRule[] = [
  ...["اخترنا لك", "اخبار ذات صله", "مواضيع ذات صله", "مقالات ذات صله", "روابط ذات صله", "اقرا ايضا", "اقرا المزيد", "شاهد ايضا", "قد يعجبك ايضا", "الاكثر قراءه", "الاكثر مشاهده", "اعلان", "المزيد", "related", "related news", "related articles", "read more", "read also", "advertisement", "share this", "share this article", "comments", "subscribe", "most read"].map(
    (line) => ({ line: comparable(line), why: "related-news or widget heading" }),
  ),
  ...["نعرض لكم زوارنا", "تابعونا على", "تابعوا اخر الاخبار", "لمزيد من الاخبار", "حمل تطبيق", "اشترك في النشره", "follow us on", "sign up for", "download our app", "subscribe to our"].map(
    (starts) => ({ starts: comparable(starts), why: "site banner" }),
  ),
];

/** `line` and `starts` of the rules are compared in their `comparable` form, folded once when the rules are made. */
export function matchRule(line: string, rules: LineRule[]): LineRule | undefined {
  const text = comparable(line);
  return rules.find((r) => (r.line !== undefined && text === r.line) || (r.starts !== undefined && text.startsWith(r.starts)) || r.pattern?.test(line.trim()));
}

const rulesFileSchema = z.strictObject({
  remove: z.array(z.strictObject({ line: z.string().min(1).optional(), starts: z.string().min(1).optional(), pattern: z.string().min(1).optional() })),
});

const RULES_FILE = "import-rules.yml";

/** The built-in rules, then the curator's from content/import-rules.yml (if there is one). */
export async function loadRules(contentDir: string): Promise<LineRule[]> {
  const file = path.join(contentDir, RULES_FILE);
  const text = await readFile(file, "utf8").catch(() => null);
  if (text === null) return BUILT_IN;
  const problems: ContentProblem[] = [];
  const display = path.relative(process.cwd(), file);
  const data = parseWithSchema(rulesFileSchema, parseYamlText(text), display, "site", problems);
  const rules: LineRule[] = [];
  data?.remove.forEach((rule, i) => {
    if (rule.pattern !== undefined) {
      try {
        rules.push({ pattern: new RegExp(rule.pattern, "u"), why: `rule ${i + 1} of ${RULES_FILE}` });
      } catch (error) {
        problems.push({ file: display, field: `remove[${i}].pattern`, expected: "a regular expression", found: JSON.stringify(rule.pattern), hint: (error as Error).message });
      }
    } else if (rule.line ?? rule.starts) {
      const fold = (s: string | undefined) => (s === undefined ? undefined : comparable(s));
      rules.push({ line: fold(rule.line), starts: fold(rule.starts), why: `rule ${i + 1} of ${RULES_FILE}` });
    }
  });
  if (problems.length) throw new ContentError(problems);
  return [...BUILT_IN, ...rules];
}
