import type { Lang } from "../content/ids.ts";
import type { Model } from "../model/build-model.ts";
import { appIconUrl, serviceWorkerUrl, webManifestUrl, withBase } from "../model/urls.ts";
import { numberLocale } from "../text/format-date.ts";

/** What the offline partials need on every page: where the worker and manifests live, and how sizes and dates are written. */
export interface OfflineGlobals {
  worker: string;
  scope: string;
  manifests: Record<Lang, string>;
  /** Locale with the site's digits, for sizes and dates the browser writes. */
  locales: Record<Lang, string>;
  appleTouchIcon: string;
}

export function offlineGlobals(model: Model, base: string): OfflineGlobals {
  const { languages, site } = model;
  const each = (value: (lang: Lang) => string) => Object.fromEntries(languages.map((l) => [l, value(l)])) as Record<Lang, string>;
  return {
    worker: withBase(base, serviceWorkerUrl()),
    scope: base,
    manifests: each((l) => withBase(base, webManifestUrl(l))),
    locales: each((l) => numberLocale(l, site)),
    appleTouchIcon: withBase(base, appIconUrl(180)),
  };
}
