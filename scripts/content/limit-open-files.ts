import pLimit from "p-limit";

/**
 * Files are opened a few dozen at a time: a large archive read all at once (and twice over,
 * since the search index's thread reads it too), or its citation files written all at once,
 * runs out of file descriptors (EMFILE at 10,000 articles with a limit of 20,000). Shared by
 * the content step's reads and the site step's many small writes.
 */
export const limitOpenFiles = pLimit(64);
