/*
 * What a page may load and run, as `<meta>` tags (GitHub Pages sends no headers, so the
 * policy travels in the page). Everything comes from the site itself; no inline scripts, no
 * plugins, no <base> or form posts elsewhere. Meta policies cannot set frame-ancestors,
 * report-uri or sandbox: see docs/security.md.
 */

const POLICY = ["default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"];

/**
 * Page kinds whose scripts run Pagefind. Its search runs WebAssembly, which a policy must allow
 * ('wasm-unsafe-eval') in the page when Pagefind falls back from its worker to the main
 * thread. Only those pages get it: no other page compiles WebAssembly, so no other page needs
 * the permission should a script ever get in.
 */
const WASM_KINDS = new Set(["search"]);

/** The Content-Security-Policy of a page of this kind. */
export function contentSecurityPolicy(kind: string): string {
  return POLICY.map((d) => (d === "script-src 'self'" && WASM_KINDS.has(kind) ? `${d} 'wasm-unsafe-eval'` : d)).join("; ");
}

/** Links to sources say nothing of which dossier a reader came from. */
export const REFERRER_POLICY = "no-referrer";
