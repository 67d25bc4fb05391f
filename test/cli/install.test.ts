/**
 * The CLI as a user installs it: the repository packed as npm packs it (what `npm install -D
 * github:org/mlops` installs), installed into an empty project, run through `npx mlops`.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installCli, runIn } from "../harness/installed-cli.ts";

const exec = promisify(execFile);

let dir: string;
let project: string;

const run = (command: string, args: string[], options: { node?: string } = {}) =>
  runIn(project, command, args, options);

/** A Node.js older than 22 on this machine, if there is one (the system's, outside the project). */
async function oldNode(): Promise<string | undefined> {
  for (const candidate of ["/usr/bin/node", "/usr/local/bin/node"]) {
    if (!existsSync(candidate)) continue;
    const { stdout } = await exec(candidate, ["--version"]);
    if (Number(stdout.trim().slice(1).split(".")[0]) < 22) return candidate;
  }
  return undefined;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "mlops-install-"));
  project = await installCli(dir);
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the installed CLI", () => {
  it("answers npx mlops --help with every command", async () => {
    const help = await run("npx", ["mlops", "--help"]);
    expect(help.code, help.stderr).toBe(0);
    for (const name of [
      "validate-data",
      "train-validate",
      "evaluate-llm|eval",
      "report",
      "register",
      "promote",
      "deploy",
    ])
      expect(help.stdout).toContain(name);
  });

  it("runs a real command in the user's project, with nothing but the package installed", async () => {
    await writeFile(path.join(project, "d.csv"), "id,x\n1,0.5\n2,0.7\n");
    const r = await run("npx", ["mlops", "validate-data", "--data", "d.csv"]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stderr).toContain("status: pass");
    expect(await readdir(path.join(project, ".mlops/results"))).toEqual(["data-validation--d.csv.json"]);
    expect(await readdir(path.join(project, "node_modules"))).toEqual([
      ".bin",
      ".package-lock.json",
      "mlops",
    ]);
  });

  it("prints an inferred contract alone on standard output, and stops quietly when the reader closes the pipe", async () => {
    const rows = Array.from({ length: 20 }, (_, i) => `${i},${(i / 10).toFixed(1)}`);
    await writeFile(path.join(project, "d.csv"), `id,x\n${rows.join("\n")}\n`);
    const r = await run("npx", ["mlops", "infer-contract", "--data", "d.csv"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^# Data contract inferred from d\.csv/);
    expect(r.stdout).not.toContain("status:");
    const piped = await run("sh", ["-c", "npx mlops infer-contract --data d.csv | head -c 10"]);
    expect(piped.code).toBe(0);
    expect(piped.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });

  it("refuses a Node.js older than 22 in one line", async (context) => {
    const node = await oldNode();
    if (!node) return context.skip();
    const r = await run(node, [path.join(project, "node_modules/.bin/mlops"), "--help"]);
    const { stdout: version } = await exec(node, ["--version"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`mlops needs Node.js ≥ 22 (found ${version.trim().slice(1)})\n`);
  });
});
