// The parts of untyped packages that milaff uses: Eleventy, its dev server, Turndown's GFM plugin, Porter2.

declare module "@11ty/eleventy" {
  export interface UserConfig {
    setIncludesDirectory(dir: string): void;
    addGlobalData(name: string, value: unknown): void;
    addFilter(name: string, filter: (...args: any[]) => unknown): void;
    addTemplate(virtualPath: string, content: string, data: Record<string, unknown>): void;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options: { quietMode?: boolean; config?: (config: UserConfig) => void });
    disableLogger(): void;
    write(): Promise<[unknown[], { outputPath: string; url: string; content: string }[]]>;
    /** Renders without writing: each page's URL and HTML. */
    toJSON(): Promise<{ url: string; content: string }[]>;
  }
}

declare module "@11ty/eleventy-dev-server" {
  interface DevServer {
    serve(port: number): void;
    reload(event: object): void;
    /** Tells every connected page that a build failed (the page's own scripts may listen). */
    sendError(event: { error: object }): void;
    close(): Promise<void>;
    /** Adds the live-reload script to each HTML response. */
    augmentContentWithNotifier(content: string, inlineContents?: boolean, options?: object): string;
  }
  type RequestResult = string | { status?: number; headers?: Record<string, string>; body?: string | Uint8Array } | undefined;
  const EleventyDevServer: {
    getServer(
      name: string,
      dir: string,
      options: {
        pathPrefix?: string;
        showVersion?: boolean;
        domDiff?: boolean;
        port?: number;
        logger?: { info(message: string): void; log(message: string): void; error(message: string): void };
        /** URL patterns (under the path prefix) answered by a function instead of a file. */
        onRequest?: Record<string, () => RequestResult | Promise<RequestResult>>;
      },
    ): DevServer;
  };
  export default EleventyDevServer;
}

declare module "@joplin/turndown-plugin-gfm" {
  import type TurndownService from "turndown";
  /** GitHub-flavoured Markdown for Turndown: tables, strikethrough, task lists. */
  export const gfm: TurndownService.Plugin;
}

declare module "wink-porter2-stemmer" {
  export default function stem(word: string): string;
}

// citation-js, used by the tests to read milaff's citation files back.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
declare module "@citation-js/plugin-csl";
