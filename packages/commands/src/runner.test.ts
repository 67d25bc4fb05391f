import { mkdtemp, readdir, readFile, realpath, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError, createLogger, type Envelope, newEnvelope } from "@mlops/core";
import { describe, expect, it, vi } from "vitest";
import type { InputSurface } from "./input-values.ts";
import { runCommand } from "./runner.ts";
import { defineCommand } from "./spec.ts";
import { failOn, resultsDir, statusOutput } from "./specs/common-inputs.ts";

const probe = defineCommand({
  name: "probe",
  description: "A command that does what its mode says.",
  evaluates: "probe",
  action: true,
  inputs: {
    mode: {
      type: "choice",
      choices: ["pass", "warn", "fail", "config-error", "bug", "wait-for-cancel", "ignore-cancel"],
      description: "What to do.",
      default: "pass",
    },
    n: { type: "positive-integer", description: "How many.", default: "1" },
    token: { type: "string", description: "A secret.", secret: true },
    file: { type: "path", description: "A file to read." },
    "allow-paths": { type: "list", description: "Folders outside the workspace." },
    "results-dir": resultsDir,
    "fail-on": failOn,
  },
  outputs: {
    status: statusOutput,
    count: {
      description: "How many were done.",
      value: (r: { status: string; envelopePaths: string[]; count?: number }) => r.count?.toString(),
    },
  },
  subject: () => ({ type: "thing", name: "probe" }),
  async run(input, io) {
    const envelope = newEnvelope({
      kind: "probe",
      subject: { type: "thing", name: `probe-${input.n}` },
      startedAt: io.now().toISOString(),
      lineage: {},
    });
    io.draft(envelope, { resultsDir: path.resolve(io.cwd, input["results-dir"]) });
    envelope.metrics.done = { value: 1 };
    io.logger.info(`token is ${input.token ?? "unset"}`);
    switch (input.mode) {
      case "config-error":
        throw new ConfigError("unknown key", {
          location: { file: path.join(io.cwd, "probe.yml"), line: 3, column: 2, path: "a.b" },
          hint: "did you mean c?",
        });
      case "bug":
        throw new TypeError("x is undefined");
      case "wait-for-cancel":
        await new Promise((_, reject) => io.signal.addEventListener("abort", () => reject(io.signal.reason)));
        break;
      case "ignore-cancel":
        await new Promise(() => setTimeout(() => {}, 60_000));
        break;
    }
    envelope.status = input.mode === "warn" || input.mode === "fail" ? input.mode : "pass";
    return { status: envelope.status, envelopePaths: [], count: input.n };
  },
});

function surface(kind: "action" | "cli", given: Record<string, string>): InputSurface {
  return {
    kind,
    label: (key) => (kind === "action" ? `input "${key}"` : `--${key}`),
    raw: (key) => given[key],
  };
}

async function run(
  given: Record<string, string>,
  kind: "action" | "cli" = "action",
  graceMs = 5000,
  env: NodeJS.ProcessEnv = {},
  workspace?: string,
) {
  const cwd = workspace ?? (await mkdtemp(path.join(tmpdir(), "mlops-runner-")));
  let log = "";
  const outputs: Record<string, string> = {};
  const logger = createLogger({ github: kind === "action", write: (t) => (log += t) });
  const running = runCommand(probe, surface(kind, given), {
    logger,
    cwd,
    env,
    graceMs,
    setOutput: (name, value) => (outputs[name] = value),
  });
  return { running, cwd, outputs, log: () => log };
}

async function written(cwd: string): Promise<Envelope[]> {
  const dir = path.join(cwd, ".mlops/results");
  const files = await readdir(dir).catch(() => []);
  return Promise.all(
    files.map(async (f) => JSON.parse(await readFile(path.join(dir, f), "utf8")) as Envelope),
  );
}

describe("runCommand", () => {
  it("applies the one exit rule and sets every output", async () => {
    const cases: [Record<string, string>, number][] = [
      [{ mode: "pass" }, 0],
      [{ mode: "warn" }, 0],
      [{ mode: "warn", "fail-on": "warn" }, 1],
      [{ mode: "fail" }, 1],
      [{ mode: "fail", "fail-on": "never" }, 0],
      [{ mode: "config-error", "fail-on": "never" }, 1],
    ];
    for (const [given, code] of cases) {
      const r = await run({ ...given, n: "3" });
      expect([given, await r.running]).toEqual([given, code]);
      expect(r.outputs.status).toBe(given.mode === "config-error" ? "error" : given.mode);
      expect(r.outputs.count).toBe(given.mode === "config-error" ? "" : "3");
    }
  });

  it("names a bad input as the user typed it, writes an error result with a check per input, exits 1", async () => {
    for (const kind of ["action", "cli"] as const) {
      const r = await run({ n: "0", "fail-on": "sometimes" }, kind);
      expect(await r.running).toBe(1);
      const label = (k: string) => (kind === "action" ? `input "${k}"` : `--${k}`);
      expect(r.log()).toContain(`${label("n")} must be a whole number of at least 1; found "0"`);
      expect(r.log()).toContain(`${label("fail-on")} must be one of fail, warn, never; found "sometimes"`);
      const [envelope] = await written(r.cwd);
      expect(envelope).toMatchObject({ kind: "probe", subject: { name: "probe" }, status: "error" });
      expect(envelope!.checks.map((c) => [c.id, c.title, c.status])).toEqual([
        ["input.n", label("n"), "error"],
        ["input.fail-on", label("fail-on"), "error"],
      ]);
      expect(r.outputs.status).toBe("error");
    }
  });

  it("keeps what the command had built when it fails, with the location relative to the workspace", async () => {
    const r = await run({ mode: "config-error", n: "2" });
    expect(await r.running).toBe(1);
    const [envelope] = await written(r.cwd);
    expect(envelope).toMatchObject({
      subject: { name: "probe-2" },
      status: "error",
      metrics: { done: { value: 1 } },
      error: { message: "unknown key", hint: "did you mean c?" },
    });
    expect(envelope!.checks).toEqual([
      expect.objectContaining({ id: "configuration", location: { file: "probe.yml", line: 3, column: 2 } }),
    ]);
    expect(r.log()).toContain("::error file=probe.yml,line=3,col=2::probe.yml:3:2 (a.b): unknown key");
  });

  it("reports a bug as an internal error without a stack trace", async () => {
    const r = await run({ mode: "bug" });
    expect(await r.running).toBe(1);
    expect(r.log()).toContain("x is undefined");
    expect(r.log()).not.toMatch(/at .*runner\.test\.ts/);
    const [envelope] = await written(r.cwd);
    expect(envelope!.checks[0]).toMatchObject({ id: "internal", status: "error" });
    expect(envelope!.error?.hint).toMatch(/bug/);
  });

  it("masks a secret input in the log and in the result", async () => {
    const r = await run({ mode: "config-error", token: "s3cr3t-value" });
    await r.running;
    expect(r.log()).toContain("::add-mask::s3cr3t-value");
    expect(r.log()).toContain("token is ***");
    expect(r.log().replace("::add-mask::s3cr3t-value", "")).not.toContain("s3cr3t-value");
  });

  it("on SIGTERM stops the command, writes a cancelled result with what it completed, and exits 143", async () => {
    const r = await run({ mode: "wait-for-cancel" });
    await vi.waitFor(() => expect(r.log()).toContain("token is unset"));
    process.emit("SIGTERM", "SIGTERM");
    expect(await r.running).toBe(143);
    const [envelope] = await written(r.cwd);
    expect(envelope).toMatchObject({
      status: "error",
      summary: "cancelled (SIGTERM)",
      metrics: { done: { value: 1 } },
      checks: [expect.objectContaining({ id: "cancelled" })],
    });
  });

  it("after the grace period writes the result and exits even if the command does not stop", async () => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    try {
      const r = await run({ mode: "ignore-cancel" }, "action", 50);
      await vi.waitFor(() => expect(r.log()).toContain("token is unset"));
      process.emit("SIGINT", "SIGINT");
      expect(await r.running).toBe(130);
      expect(exit).toHaveBeenCalledWith(130);
      expect((await written(r.cwd))[0]).toMatchObject({ status: "error", summary: "cancelled (SIGINT)" });
    } finally {
      exit.mockRestore();
    }
  });

  it("refuses a results directory it cannot write and still exits 1 with the cause", async () => {
    const r0 = await run({});
    await r0.running;
    const blocker = path.join(r0.cwd, "file");
    await writeFile(blocker, "");
    const r = await run({ mode: "config-error", "results-dir": path.join(blocker, "sub") });
    expect(await r.running).toBe(1);
    expect(r.log()).toMatch(/could not write the error result/);
    expect(r.log()).toContain("unknown key");
  });

  it("in GitHub Actions refuses a path input that leads outside the workspace, symlinks followed", async () => {
    const outside = await mkdtemp(path.join(tmpdir(), "mlops-outside-"));
    await writeFile(path.join(outside, "secret.txt"), "do not read me");
    const ws = await mkdtemp(path.join(tmpdir(), "mlops-ws-"));
    await symlink(path.join(outside, "secret.txt"), path.join(ws, "data.csv"));
    await writeFile(path.join(ws, "ok.csv"), "a\n1\n");
    const actions = { GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: ws };

    const linked = await run({ file: "data.csv" }, "action", 5000, actions, ws);
    expect(await linked.running).toBe(1);
    expect(linked.log()).toContain(`input "file" leads outside the workspace, to ${await realpath(outside)}`);
    expect(linked.log()).not.toContain("do not read me");
    const [envelope] = await written(ws);
    expect(envelope!.checks).toEqual([expect.objectContaining({ id: "input.file", status: "error" })]);

    const escaped = await run({ file: "../../etc/hostname" }, "action", 5000, actions, ws);
    expect(await escaped.running).toBe(1);
    // Inside the workspace, a file still to be written, and an allowed folder are all fine.
    expect(
      await (await run({ file: "ok.csv", "results-dir": "out/new" }, "action", 5000, actions, ws)).running,
    ).toBe(0);
    const allowed = await run({ file: "data.csv", "allow-paths": outside }, "action", 5000, actions, ws);
    expect(await allowed.running).toBe(0);
    // On a developer's machine the user is the author of every path.
    expect(await (await run({ file: "data.csv" }, "cli", 5000, {}, ws)).running).toBe(0);
  });
});
