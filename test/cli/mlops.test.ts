/** The bundled `mlops` command, run as a user runs it (outside GitHub Actions). */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const CLI = path.resolve(import.meta.dirname, "../../packages/cli/dist/mlops.js");

function mlops(
  args: string[],
  cwd: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const envelope = {
  schemaVersion: 1,
  kind: "backtest",
  subject: { type: "model", name: "churn", version: "2.0.0" },
  status: "fail",
  startedAt: "2026-11-23T10:00:00.000Z",
  durationMs: 10,
  metrics: { accuracy: { value: 0.7, greaterIsBetter: true } },
  checks: [
    {
      id: "gate:accuracy",
      title: "accuracy gate",
      status: "fail",
      severity: "fail",
      observed: "0.7",
      expected: "≥ 0.8",
    },
  ],
  artifacts: [],
  lineage: {},
};

describe("mlops CLI", () => {
  it("prints help for the program and every command", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "cli-"));
    const top = await mlops(["--help"], dir);
    expect(top.code).toBe(0);
    const commands = [...top.stdout.matchAll(/^\s{2}([a-z-]+)\s/gm)]
      .map((m) => m[1]!)
      .filter((c) => c !== "help");
    expect(commands).toContain("report");
    for (const command of commands) {
      const help = await mlops([command, "--help"], dir);
      expect(help.code, command).toBe(0);
      expect(help.stdout).toContain(`Usage: mlops ${command}`);
    }
  });

  it("renders a report locally and exits non-zero on a failed gate", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "cli-"));
    await mkdir(path.join(dir, ".mlops/results"), { recursive: true });
    await writeFile(path.join(dir, ".mlops/results/backtest.json"), JSON.stringify(envelope));
    const run = await mlops(["report"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("status: fail");
    expect(run.stderr).toContain("accuracy gate");
    expect(await readFile(path.join(dir, ".mlops/report/report.md"), "utf8")).toContain("accuracy gate");
    const pass = await mlops(["report", "--fail-on", "never"], dir);
    expect(pass.code).toBe(0);
  });

  it("rejects a bad flag value with the allowed choices", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "cli-"));
    const run = await mlops(["report", "--fail-on", "sometimes"], dir);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('--fail-on must be one of fail, warn, never; found "sometimes"');
  });
});
