/**
 * JSON to write inside a `<script type="application/json">` or `application/ld+json` block.
 * `<` becomes `\u003c` (the same string to a JSON reader), so no value can close the block
 * (`</script>`) or open a comment (`<!--`) that changes where the browser thinks it ends.
 */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, "\\u003c");
