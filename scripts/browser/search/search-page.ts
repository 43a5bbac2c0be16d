import { queryTerms, type QueryTerm } from "../../search/analyzer/analyze.ts";
import type { ResultInfo, ResultVersion } from "../../search/search-records.ts";
import { revealText } from "../../search/hidden-text.ts";
import { escapeHtml } from "../../text/escape-html.ts";
import { buildExcerpt, markMatches } from "./excerpt.ts";
import type { Dir } from "../../text/isolate-runs.ts";
import { loadPagefind, type Pagefind, type PagefindFilters } from "./pagefind-api.ts";
import { runQuery, type Hit } from "./run-query.ts";

/*
 * The search page: the query and filters live in the URL (shareable; the back button works),
 * each result is an article with its language versions, excerpts are cut from the original
 * text with matches marked.
 */

interface Strings {
  searching: string;
  count: Record<string, string>;
  none: string;
  none_hint: string;
  failed: string;
  also_in: string;
  /** Between the items of a result's metadata line, in the page's language. */
  separator: string;
  languages: Record<string, string>;
  in_language: Record<string, string>;
  directions: Record<string, Dir>;
  /** Each dossier's title in each language (else the dossier's first), and the language it is in. */
  dossiers: Record<string, Record<string, { title: string; lang: string }>>;
}

const PAGE_SIZE = 10;
const FILTERS = ["lang", "dossier", "entity", "year"] as const;

// Module scripts have no document.currentScript; the tag carries the site's settings.
const script = document.querySelector<HTMLScriptElement>("script[data-pagefind]")!;
const pagefindUrl = script.dataset.pagefind!;
const locale = script.dataset.locale!;
const strings = JSON.parse(document.getElementById("search-strings")!.textContent!) as Strings;
const form = document.getElementById("search-form") as HTMLFormElement;
const status = document.getElementById("search-status")!;
const list = document.getElementById("search-results")!;
const more = document.getElementById("search-more") as HTMLButtonElement;

let pagefind: Promise<Pagefind> | undefined;
let run = 0;

function countText(n: number): string {
  const form = strings.count[new Intl.PluralRules(locale).select(n)] ?? strings.count.other!;
  return form.replace("{n}", new Intl.NumberFormat(locale, { useGrouping: false }).format(n));
}

/** One language version of a found article, with what matched in it. */
interface Shown {
  version: ResultVersion;
  title: string;
  excerpt: string;
  matches: number;
}

const pageLang = document.documentElement.lang;
const dirOf = (lang: string): Dir => strings.directions[lang] ?? "ltr";

/** The article's versions with their excerpts; the one to lead with first. */
async function showVersions(info: ResultInfo, terms: QueryTerm[], filters: PagefindFilters): Promise<Shown[]> {
  const shown = await Promise.all(
    info.versions.map(async (version): Promise<Shown> => {
      const text = await fetch(version.textHref).then((r) => (r.ok ? r.text() : ""));
      const excerpt = buildExcerpt(text, terms, dirOf(version.lang));
      const title = markMatches(version.title, terms, dirOf(version.lang));
      return { version, title: title.html, excerpt: excerpt.html, matches: excerpt.matchedTerms + (title.matchedTerms ? 1 : 0) };
    }),
  );
  // Lead with the filtered language, else the version that matched in the page's language, else the best match.
  const rank = (s: Shown) =>
    (filters.lang === s.version.lang ? 100 : 0) + (s.matches > 0 ? 10 : 0) + (s.version.lang === pageLang ? 5 : 0) + Math.min(s.matches, 4);
  return shown.sort((a, b) => rank(b) - rank(a));
}

function render(info: ResultInfo, dossierId: string, shown: Shown[], terms: QueryTerm[]): HTMLLIElement {
  const [main, ...others] = shown as [Shown, ...Shown[]];
  const { lang } = main.version;
  const dir = dirOf(lang);
  const dossier = strings.dossiers[dossierId]?.[lang] ?? { title: dossierId, lang };
  const li = document.createElement("li");
  li.className = "result";
  const excerpt = (s: Shown) => (s.excerpt ? `<p class="result__excerpt" lang="${s.version.lang}" dir="${dirOf(s.version.lang)}">${s.excerpt}</p>` : "");
  // The leading version always shows an excerpt (its opening when nothing in its text matched); the others only where they matched.
  li.innerHTML = `<h2 class="result__title"><a href="${escapeHtml(main.version.href)}" lang="${lang}" dir="${dir}">${main.title}</a></h2>
<p class="result__meta"><span lang="${dossier.lang}" dir="${dirOf(dossier.lang)}">${escapeHtml(dossier.title)}</span>${escapeHtml(strings.separator)}<time datetime="${info.date}" lang="${lang}">${markMatches(main.version.dateText, terms, dir).html}</time>${escapeHtml(strings.separator)}${escapeHtml(strings.languages[lang] ?? lang)}</p>
${excerpt(main)}${others
    .map((s) => {
      const label = strings.also_in.replace("{in_language}", strings.in_language[s.version.lang] ?? s.version.lang);
      return `<p class="result__version">${escapeHtml(label)} <a href="${escapeHtml(s.version.href)}" hreflang="${s.version.lang}" lang="${s.version.lang}" dir="${dirOf(s.version.lang)}">${s.title}</a></p>${s.matches ? excerpt(s) : ""}`;
    })
    .join("")}`;
  return li;
}

function readUrl(): { q: string; filters: PagefindFilters } {
  const params = new URLSearchParams(location.search);
  const filters: PagefindFilters = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return { q: params.get("q") ?? "", filters };
}

function fillForm(q: string, filters: PagefindFilters): void {
  (form.elements.namedItem("q") as HTMLInputElement).value = q;
  for (const name of FILTERS) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    if (select) select.value = filters[name] ?? "";
  }
}

async function search(q: string, filters: PagefindFilters): Promise<void> {
  const mine = ++run;
  list.replaceChildren();
  more.hidden = true;
  if (!q.trim() && !Object.keys(filters).length) {
    status.textContent = "";
    return;
  }
  status.textContent = strings.searching;
  try {
    pagefind ??= loadPagefind(pagefindUrl);
    const terms = queryTerms(q);
    const hits = await runQuery(await pagefind, terms, filters);
    if (mine !== run) return;
    if (!hits.length) {
      status.innerHTML = `${escapeHtml(strings.none)} <span class="muted">${escapeHtml(strings.none_hint)}</span>`;
      return;
    }
    let shown = 0;
    const showMore = async () => {
      more.hidden = true;
      const page = hits.slice(shown, shown + PAGE_SIZE);
      shown += page.length;
      const items = await Promise.all(
        page.map(async (hit: Hit) => {
          const data = await hit.result.data();
          const info = JSON.parse(revealText(data.meta.info!)) as ResultInfo;
          return render(info, data.filters.dossier?.[0] ?? "", await showVersions(info, terms, filters), terms);
        }),
      );
      if (mine !== run) return;
      list.append(...items);
      status.textContent = countText(hits.length);
      more.hidden = shown >= hits.length;
    };
    more.onclick = () => void showMore();
    await showMore();
  } catch (error) {
    if (mine === run) status.textContent = strings.failed;
    console.error(error);
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const params = new URLSearchParams();
  const q = String(data.get("q") ?? "").trim();
  if (q) params.set("q", q);
  for (const name of FILTERS) {
    const value = String(data.get(name) ?? "");
    if (value) params.set(name, value);
  }
  history.pushState(null, "", `${location.pathname}${params.size ? `?${params}` : ""}`);
  const { filters } = readUrl();
  void search(q, filters);
});
for (const name of FILTERS) (form.elements.namedItem(name) as HTMLSelectElement | null)?.addEventListener("change", () => form.requestSubmit());

addEventListener("popstate", () => {
  const { q, filters } = readUrl();
  fillForm(q, filters);
  void search(q, filters);
});

const initial = readUrl();
fillForm(initial.q, initial.filters);
void search(initial.q, initial.filters);
