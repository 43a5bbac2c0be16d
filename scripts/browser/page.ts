// Every page's script: one module per feature, each doing nothing where its elements are absent.
import "./offline/offline-worker.ts";
import "./offline/save-control.ts";
import "./offline/saved-list.ts";
