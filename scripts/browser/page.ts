// Browser code that runs on every page: one module per feature, each doing nothing when its elements are absent.
import "./reader/header-search.ts";
