import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { configProblems, grade } from "../test-support/grading.ts";

describe("custom assertion", () => {
  it("runs a grader module returning a boolean, a score or a result", async () => {
    const scored = await grade(
      { type: "custom", module: "./test-support/grader.ts", threshold: 0.5 },
      "four words in here",
    );
    expect(scored).toMatchObject({ pass: true, score: 0.8 });
    const named = await grade(
      { type: "custom", module: "./test-support/grader.ts", export: "mentionsName" },
      "hi",
    );
    expect(named).toMatchObject({ pass: false, reason: "no Acme" });
  });

  it("needs a module, and fails a case naming the export it did not find", async () => {
    expect(configProblems({ type: "custom", export: "x" })).toEqual([expect.stringMatching(/^module: /)]);
    const error = await grade(
      { type: "custom", module: "./test-support/grader.ts", export: "nope" },
      "x",
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(
      'grader module ./test-support/grader.ts has no function export "nope"',
    );
  });

  it("runs graders in a process of their own, without the action's keys, tokens or runner files", async () => {
    process.env.OPENAI_API_KEY = "sk-grader-canary-0123456789abcdef";
    process.env.GITHUB_ENV = "/tmp/runner/env";
    const dir = await mkdtemp(path.join(tmpdir(), "grader-"));
    await writeFile(
      path.join(dir, "spy.mjs"),
      [
        "export default () => ({",
        "  pass: process.env.OPENAI_API_KEY === undefined && process.env.GITHUB_ENV === undefined,",
        '  reason: "pid " + process.pid + ": " + (Object.keys(process.env).filter((k) => /KEY|TOKEN|GITHUB_ENV/.test(k)).join(",") || "no secrets"),',
        "});",
        "export const boom = () => { throw new Error('grader bug'); };",
        "export const quit = () => process.exit(3);",
      ].join("\n"),
    );
    try {
      const spied = await grade({ type: "custom", module: "spy.mjs" }, "x", { baseDir: dir });
      expect(spied).toMatchObject({ pass: true });
      expect(spied.reason).toMatch(/^pid (\d+): no secrets$/);
      expect(spied.reason).not.toContain(`pid ${process.pid}:`);
      await expect(
        grade({ type: "custom", module: "spy.mjs", export: "boom" }, "x", { baseDir: dir }),
      ).rejects.toThrow("grader bug");
      await expect(
        grade({ type: "custom", module: "spy.mjs", export: "quit" }, "x", { baseDir: dir }),
      ).rejects.toThrow("the grader process stopped (exit code 3)");
      // A fresh process serves the next call.
      expect(await grade({ type: "custom", module: "spy.mjs" }, "x", { baseDir: dir })).toMatchObject({
        pass: true,
      });
    } finally {
      delete process.env.OPENAI_API_KEY;
      delete process.env.GITHUB_ENV;
    }
  });
});
