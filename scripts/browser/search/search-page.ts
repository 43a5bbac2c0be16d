import { queryTerms } from "../../search/analyzer/analyze.ts";
import type { ResultInfo } from "../../search/search-records.ts";
import { revealText } from "../../search/hidden-text.ts";
import { buildExcerpt, escapeHtml, markMatches } from "./excerpt.ts";
import { loadPagefind, type Pagefind, type PagefindFilters } from "./pagefind-api.ts";
import { runQuery, type Hit } from "./run-query.ts";

/*
 * The search page: the query and filters live in the URL (shareable; the back button works),
 * results are grouped per article, excerpts are cut from the original text with matches marked.
 */

interface Strings {
  searching: string;
  count: Record<string, string>;
  none: string;
  none_hint: string;
  failed: string;
  more: string;
  also_in: string;
  in_dossier: string;
  languages: Record<string, string>;
  in_language: Record<string, string>;
}

const PAGE_SIZE = 10;
const FILTERS = ["lang", "dossier", "entity", "year"] as const;

// Module scripts have no document.currentScript; the tag carries the site's settings.
const script = document.querySelector<HTMLScriptElement>("script[data-pagefind]")!;
const pagefindUrl = script.dataset.pagefind!;
const base = script.dataset.base!;
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

/** One language version of an article, as found. */
interface Found {
  info: ResultInfo;
  url: string;
  excerpt: string;
}

/** The versions of one article that matched, the page's language first. */
interface Group {
  found: Found[];
  element: HTMLLIElement;
}

const dirOf = (lang: string): string => (lang === "ar" ? "rtl" : "ltr");
const pageLang = document.documentElement.lang;

function render(found: Found[], terms: ReturnType<typeof queryTerms>): HTMLLIElement {
  const [main, ...rest] = found as [Found, ...Found[]];
  const { info } = main;
  const li = document.createElement("li");
  li.className = "result";
  const others = info.versions.map((v) => {
    const hit = rest.find((m) => m.info.lang === v.lang);
    const excerpt = hit?.excerpt ? `<p class="result__excerpt" lang="${v.lang}" dir="${dirOf(v.lang)}">${hit.excerpt}</p>` : "";
    const label = strings.also_in.replace("{in_language}", strings.in_language[v.lang] ?? v.lang);
    return `<p class="result__version">${escapeHtml(label)} <a href="${escapeHtml(base + v.url.slice(1))}" hreflang="${v.lang}" lang="${v.lang}" dir="${dirOf(v.lang)}">${markMatches(v.title, terms)}</a></p>${excerpt}`;
  });
  li.innerHTML = `<h2 class="result__title"><a href="${escapeHtml(main.url)}" lang="${info.lang}" dir="${dirOf(info.lang)}">${markMatches(info.title, terms)}</a></h2>
<p class="result__meta"><span lang="${info.lang}" dir="${dirOf(info.lang)}">${escapeHtml(info.dossier)}</span> · <time datetime="${info.date}" lang="${info.lang}">${markMatches(info.dateText, terms)}</time> · ${escapeHtml(strings.languages[info.lang] ?? info.lang)}</p>
${main.excerpt ? `<p class="result__excerpt" lang="${info.lang}" dir="${dirOf(info.lang)}">${main.excerpt}</p>` : ""}${others.join("")}`;
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
    const hits = await runQuery(await pagefind, q, filters);
    if (mine !== run) return;
    if (!hits.length) {
      status.innerHTML = `${escapeHtml(strings.none)} <span class="muted">${escapeHtml(strings.none_hint)}</span>`;
      return;
    }
    const terms = queryTerms(q);
    const groups = new Map<string, Group>();
    let shown = 0;
    let merged = 0;
    const showMore = async () => {
      more.hidden = true;
      const page = hits.slice(shown, shown + PAGE_SIZE);
      shown += page.length;
      const loaded = await Promise.all(
        page.map(async (hit: Hit) => {
          const data = await hit.data();
          const info = JSON.parse(revealText(data.meta.info!)) as ResultInfo;
          const text = terms.length ? await fetch(base + info.textUrl.slice(1)).then((r) => (r.ok ? r.text() : "")) : "";
          return { data, info, text };
        }),
      );
      if (mine !== run) return;
      for (const { data, info, text } of loaded) {
        const found: Found = { info, url: data.url, excerpt: text ? buildExcerpt(text, terms).html : "" };
        const group = groups.get(info.article);
        if (group) {
          merged++;
          group.found = info.lang === pageLang ? [found, ...group.found] : [...group.found, found];
          group.element.replaceWith((group.element = render(group.found, terms)));
        } else {
          const element = render([found], terms);
          groups.set(info.article, { found: [found], element });
          list.append(element);
        }
      }
      status.textContent = countText(hits.length - merged);
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
