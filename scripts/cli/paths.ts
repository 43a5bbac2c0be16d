import path from "node:path";
import { fileURLToPath } from "node:url";

/** milaff's own folder: its layouts/ are used for every site it builds. */
const TOOL_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const LAYOUTS_DIR = path.join(TOOL_ROOT, "layouts");
