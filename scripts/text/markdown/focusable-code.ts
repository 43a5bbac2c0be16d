import type { MarkdownIt } from "markdown-it";

/**
 * Code blocks keep their lines (indentation matters in YAML and shell examples), so on a phone
 * they scroll sideways; tabindex lets a keyboard reach and scroll them (WCAG 2.1.1).
 */
export function focusableCode(md: MarkdownIt): void {
  for (const rule of ["fence", "code_block"] as const) {
    const render = md.renderer.rules[rule]!;
    md.renderer.rules[rule] = (tokens, idx, options, env, self) => render(tokens, idx, options, env, self).replace(/^<pre/, '<pre tabindex="0"');
  }
}
