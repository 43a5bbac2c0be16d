/*
 * An old address (an alias) forwards to the article's new one. The page's meta refresh does
 * that without JavaScript but drops the #fragment; this script, run before the refresh, keeps
 * it, so a link to one paragraph still lands on that paragraph. A classic script, run
 * synchronously from the page's head; the target comes from its data-target attribute.
 */
const target = document.currentScript?.dataset.target;
if (target) location.replace(target + location.hash);
