import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { diesWithin, pidIn } from "../../../test/harness/process-state.ts";
import { runUserProcess } from "./user-process.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "user-process-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const base = () => ({ cwd: dir, parentEnv: { PATH: process.env.PATH }, timeoutMs: 60_000 });

describe("runUserProcess", () => {
  it("kills the command and the children it started at the timeout", async () => {
    const pidFile = path.join(dir, "child.pid");
    const started = Date.now();
    const run = await runUserProcess({
      ...base(),
      command: `sleep 60 & echo $! > ${pidFile}; wait`,
      timeoutMs: 300,
      graceMs: 200,
    });
    expect(run.timedOut).toBe(true);
    expect(run.code).toBe(null);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(await diesWithin(await pidIn(pidFile), 10_000)).toBe(true);
  });

  it("kills with SIGKILL after the grace a child that ignores SIGTERM", async () => {
    const pidFile = path.join(dir, "child.pid");
    const run = await runUserProcess({
      ...base(),
      command: [
        "sh",
        "-c",
        `trap '' TERM; sh -c "trap '' TERM; sleep 60" >/dev/null 2>&1 & echo $! > ${pidFile}; wait`,
      ],
      timeoutMs: 300,
      graceMs: 300,
    });
    expect(run.timedOut).toBe(true);
    expect(await diesWithin(await pidIn(pidFile), 10_000)).toBe(true);
  });

  it("stops the group when the run is cancelled", async () => {
    const pidFile = path.join(dir, "child.pid");
    const controller = new AbortController();
    const running = runUserProcess({
      ...base(),
      command: `sleep 60 & echo $! > ${pidFile}; wait`,
      signal: controller.signal,
    });
    for (let i = 0; i < 200 && !(await readFile(pidFile, "utf8").catch(() => "")); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    controller.abort();
    const run = await running;
    expect(run).toMatchObject({ cancelled: true, timedOut: false });
    expect(await diesWithin(await pidIn(pidFile), 10_000)).toBe(true);
  });

  it("kills what a finished command left running", async () => {
    const pidFile = path.join(dir, "stray.pid");
    const run = await runUserProcess({
      ...base(),
      command: `sleep 60 >/dev/null 2>&1 & echo $! > ${pidFile}`,
    });
    expect(run).toMatchObject({ code: 0, timedOut: false });
    expect(await diesWithin(await pidIn(pidFile), 10_000)).toBe(true);
  });

  it("runs argv without a shell and reports the lines of both streams", async () => {
    const lines: string[] = [];
    const run = await runUserProcess({
      ...base(),
      command: [process.execPath, "-e", "console.log('a $HOME'); console.error('b'); process.exit(3)"],
      onLine: (line, stream) => lines.push(`${stream}:${line}`),
    });
    expect(run.code).toBe(3);
    expect(lines.sort()).toEqual(["stderr:b", "stdout:a $HOME"]);
    expect(run.tail.sort()).toEqual(["a $HOME", "b"]);
  });

  it("gives the command the scrubbed environment with what is passed", async () => {
    const run = await runUserProcess({
      ...base(),
      command: "echo $GITHUB_ENV/$OPENAI_API_KEY/$MODE/$MLOPS_SEED/$GITHUB_SHA",
      parentEnv: {
        PATH: process.env.PATH,
        GITHUB_ENV: "/canary/set_env",
        OPENAI_API_KEY: "canary-key",
        GITHUB_SHA: "abc",
      },
      passEnv: { MODE: "fast" },
      ownEnv: { MLOPS_SEED: "7" },
    });
    expect(run.tail).toEqual(["//fast/7/abc"]);
  });

  it("cuts output without newlines into bounded lines", async () => {
    const run = await runUserProcess({
      ...base(),
      command: [process.execPath, "-e", "process.stdout.write('x'.repeat(200_000))"],
    });
    expect(run.code).toBe(0);
    expect(run.tail.map((l) => l.length)).toEqual([65_536, 65_536, 65_536, 3392]);
  });

  it("says why a program could not start", async () => {
    const run = await runUserProcess({ ...base(), command: [path.join(dir, "missing")] });
    expect(run.code).toBe(null);
    expect(run.startError).toBe(`command not found: ${path.join(dir, "missing")}`);
  });
});
