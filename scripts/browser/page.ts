// Every page's script: one module per feature, each doing nothing where its elements are absent.
import "./share/paragraph-links.ts";
import "./share/fragment-recovery.ts";
import "./share/copy-citation.ts";
import "./reader/header-search.ts";
import "./reader/toc.ts";
