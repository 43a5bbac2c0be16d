// Loaded with `node --import` into a milaff build, to make the disk fail where no test could
// time it: at the last step, when the staged site is renamed into place. milaff's own code is
// untouched; only Node's rename is replaced, for that one call.
//   MILAFF_TEST_PUBLISH=fail   the rename fails with EIO, as a full or failing disk would
//   MILAFF_TEST_PUBLISH=kill   the process is SIGKILLed just before it (the old site set aside)
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import path from "node:path";

const rename = fs.promises.rename;
fs.promises.rename = async (from, to) => {
  // The staged site itself, not a file renamed inside it (cards are written aside, then renamed).
  if (path.basename(String(from)).includes(".building-")) {
    if (process.env.MILAFF_TEST_PUBLISH === "kill") process.kill(process.pid, "SIGKILL");
    throw Object.assign(new Error(`EIO: i/o error, rename '${from}' -> '${to}'`), { code: "EIO" });
  }
  return rename(from, to);
};
syncBuiltinESMExports();
