/** An http(s) address: what a source link, a site address or an imported page may be. */
export const isWebAddress = (v: string): boolean => /^https?:\/\//i.test(v) && URL.canParse(v);
