import pLimit from "p-limit";

/**
 * Content files are read a few dozen at a time: a large archive read all at once (and twice
 * over, since the search index's thread reads it too) runs out of file descriptors (EMFILE at
 * 10,000 articles with the usual limit of 20,000). Shared by every file read of the content step.
 */
export const limitOpenFiles = pLimit(64);
