import path from "node:path";
import { watch } from "chokidar";

/*
 * The folders `milaff serve` rebuilds from, watched with chokidar (as Eleventy's own dev server
 * does): unlike fs.watch on a file, it keeps seeing a file that was replaced by another one
 * (sed -i, git checkout, milaff import --force, an editor's atomic save), since it follows the
 * folder. Changes arriving together (an editor writes several times per save) come as one batch.
 */

/** Editors' swap, backup and lock files, and hidden files, are never content. */
const IGNORED = /^\.|^#.*#$|~$|\.sw[a-p]$|\.milaff-\d+\.tmp$/;

export interface Watcher {
  /** Resolves once the folders are being watched. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export function watchFiles(folders: string[], onChange: (files: string[]) => void, quietMs = 30): Watcher {
  const watcher = watch(folders.map((f) => path.resolve(f)), { ignoreInitial: true, ignored: (file) => IGNORED.test(path.basename(file)) });
  const batch = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  watcher.on("all", (_event, file) => {
    batch.add(path.resolve(file));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...batch];
      batch.clear();
      onChange(files);
    }, quietMs);
  });
  return {
    ready: new Promise((resolve) => watcher.once("ready", () => resolve())),
    close: () => {
      clearTimeout(timer);
      return watcher.close();
    },
  };
}
