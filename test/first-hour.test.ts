/**
 * A new user's first hour, as the README's "Your first hour" section gives it: a repository of their
 * own (outside this one, with its own git), the CLI installed from the packed package, then each
 * `npx mlops` command of that section exactly as written, on monthly windows of a small dataset, the
 * model already in production (a JSON file and a predict script in plain JavaScript) and a trainer.
 */
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { installCli, runIn } from "./harness/installed-cli.ts";

const exec = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");
const FILES = path.join(import.meta.dirname, "first-hour");

/** The shell lines of the README section, so the test runs what users read. */
async function firstHourCommands(): Promise<string[]> {
  const readme = await readFile(path.join(ROOT, "README.md"), "utf8");
  const section = readme.split(/^## /m).find((s) => s.startsWith("Your first hour\n"));
  const block = section && /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('README.md has no "## Your first hour" section with a sh block');
  return block.split("\n").filter((line) => line.trim() !== "");
}

/**
 * Three months of daily rain observations: each later month a little wider in temperature and
 * humidity, as next month's data is. Seeded, so every run sees the same rows.
 */
async function writeWindows(project: string): Promise<void> {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  await mkdir(path.join(project, "data"));
  for (const [w, month] of ["2024-01", "2024-02", "2024-03"].entries()) {
    const rows = ["date,temp,humidity,rain"];
    for (let i = 0; i < 300; i++) {
      const day = String(1 + Math.floor((i * 28) / 300)).padStart(2, "0");
      const temp = 8 - 0.25 * w + random() * (14 + 0.5 * w);
      const humidity = 35 - w + random() * (55 + 2 * w);
      const rain = humidity * 0.09 - temp * 0.12 + random() * 2.5 > 5.5 ? 1 : 0;
      rows.push(`${month}-${day},${temp.toFixed(1)},${humidity.toFixed(1)},${rain}`);
    }
    await writeFile(path.join(project, "data", `${month}.csv`), `${rows.join("\n")}\n`);
  }
}

let dir: string;
let project: string;
let commands: string[];

beforeAll(async () => {
  commands = await firstHourCommands();
  dir = await mkdtemp(path.join(tmpdir(), "mlops-first-hour-"));
  project = await installCli(dir);
  await cp(FILES, project, { recursive: true });
  await writeWindows(project);
  const git = (...args: string[]) => exec("git", args, { cwd: project });
  await git("init", "-q");
  await git("config", "user.name", "Ana Lima");
  await git("config", "user.email", "ana@example.com");
}, 180_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("a new user's first hour", () => {
  it("runs the README's commands in a new repository: each exits as expected, and the report leads with the verdict", async () => {
    // The install line is what installCli did, from the packed package instead of GitHub.
    expect(commands[0]).toBe("npm install -D github:org/mlops");
    const steps = commands.slice(1).map((line) => {
      expect(line).toMatch(/^npx mlops [a-z-]+ /);
      return { line, name: line.split(" ")[2]! };
    });
    expect(steps.map((s) => s.name)).toEqual([
      "infer-contract",
      "validate-data",
      "register",
      "train-validate",
      "report",
    ]);
    // The trainer's challenger gives up recall for precision, and the recall gate blocks it.
    const expectedExit: Record<string, number> = { "train-validate": 1, report: 1 };
    const logs: Record<string, string> = {};
    for (const step of steps) {
      const r = await runIn(project, "sh", ["-c", step.line]);
      logs[step.name] = r.stderr;
      expect(r.code, `${step.line}\n${r.stdout}${r.stderr}`).toBe(expectedExit[step.name] ?? 0);
    }

    expect(logs["validate-data"]).toContain("status: pass");
    const adopted = parse(
      await readFile(path.join(project, "registry/models/rain/versions/1.0.0.yml"), "utf8"),
    );
    expect(adopted.adopted.reason).toBe("in production since 2023, before the gates");
    const model = parse(await readFile(path.join(project, "registry/models/rain/model.yml"), "utf8"));
    expect(model.aliases).toEqual({ champion: "1.0.0" });
    const audit = JSON.parse(
      await readFile(path.join(project, "registry/models/rain/audit/00000/00000001.json"), "utf8"),
    );
    expect(audit).toMatchObject({ action: "adopt", actor: "Ana Lima <ana@example.com>", version: "1.0.0" });
    expect(logs["train-validate"]).toContain("champion: rain@1.0.0 (champion), digest verified");
    // The defaults (1 h to train, 10 min per scoring batch) apply: the config names no timeout.
    expect(await readFile(path.join(project, "train-validate.yml"), "utf8")).not.toContain("timeout");

    const report = await readFile(path.join(project, ".mlops/report/report.md"), "utf8");
    const firstScreen = report.split("\n").slice(0, 40).join("\n");
    expect(firstScreen).toMatch(/^## .*mlops report: 1 required gate failed/);
    expect(firstScreen).toContain("recall&#95;score gate");
    expect(firstScreen).toContain("at most 0.02 worse than baseline");
  }, 180_000);
});
