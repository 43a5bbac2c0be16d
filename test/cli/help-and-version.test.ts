import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { runCli } from "../support/run-cli.ts";

test("milaff --version prints the version of package.json", async () => {
  const pkg = JSON.parse(await readFile(path.resolve(import.meta.dirname, "..", "..", "package.json"), "utf8")) as { version: string };
  for (const flag of ["--version", "-v"]) {
    const result = await runCli([flag]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, `milaff ${pkg.version}\n`);
  }
  assert.match((await runCli(["--help"])).stdout, /^ {2}-v, --version +show milaff's version$/m);
});

test("every command's help lists -h, --help with its other options, aligned with them, before any notes", async () => {
  for (const command of ["build", "serve", "check", "new", "import"]) {
    const { stdout, code } = await runCli([command, "--help"]);
    assert.equal(code, 0);
    const options = stdout.split("Options:\n")[1]!.split("\n\n")[0]!.trimEnd().split("\n");
    const last = options.at(-1)!;
    assert.match(last, /^ {2}-h, --help +show this help$/, `${command}: -h, --help ends the options block`);
    const column = (line: string) => /^ {2}-\S.*? {2,}/.exec(line)![0].length;
    assert.equal(column(last), column(options[0]!), `${command}: aligned with ${options[0]}`);
  }
});
