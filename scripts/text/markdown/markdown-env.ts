/** What a render needs to know about where the text will be published. */
export interface MarkdownEnv {
  base: string;
  dossierId: string;
}

/** markdown-it types `env` loosely; every render of ours passes a MarkdownEnv. */
export const envOf = (env: unknown): MarkdownEnv => env as MarkdownEnv;
