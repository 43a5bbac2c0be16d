import { stat } from "node:fs/promises";

/** Whether a file or folder is there. */
export function fileExists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
