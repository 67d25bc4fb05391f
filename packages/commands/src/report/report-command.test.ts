import { mkdir, readFile, truncate, writeFile } from "node:fs/promises";
import path from "node:path";
import { createLogger, MAX_RESULT_FILE_BYTES, newEnvelope, writeEnvelope } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { tempFiles } from "../../../../test/harness/temp-files.ts";
import { runReport } from "./report-command.ts";

describe("report command", () => {
  it("renders every readable result and names each results file it could not read", async () => {
    const { "summary.md": summary } = await tempFiles({ "summary.md": "" });
    const cwd = path.dirname(summary!);
    const results = path.join(cwd, ".mlops/results");
    await mkdir(results, { recursive: true });
    await writeEnvelope(
      results,
      newEnvelope({
        kind: "backtest",
        title: "Backtest of the good model",
        subject: { type: "model", name: "good" },
        startedAt: "2026-01-01T00:00:00Z",
        lineage: {},
      }),
    );
    await writeFile(path.join(results, "bad.json"), JSON.stringify({ schemaVersion: 1, status: "passed" }));
    await writeFile(path.join(results, "huge.json"), "");
    await truncate(path.join(results, "huge.json"), MAX_RESULT_FILE_BYTES + 1);
    const lines: string[] = [];

    const result = await runReport(
      { comment: false, artifact: false },
      {
        logger: createLogger({ github: true, write: (text) => lines.push(text) }),
        cwd,
        env: { GITHUB_STEP_SUMMARY: summary },
        now: () => new Date("2026-01-01T00:00:00Z"),
      },
    );

    expect(result.status).toBe("error");
    expect(result.envelopes).toBe(3);
    expect(lines.filter((l) => l.startsWith("::error"))).toEqual([
      expect.stringMatching(
        /^::error file=\.mlops\/results\/bad\.json.*::\.mlops\/results\/bad\.json:1:1 \(kind\): invalid results file: missing required key "kind"/,
      ),
      expect.stringMatching(
        /^::error file=\.mlops\/results\/huge\.json::\.mlops\/results\/huge\.json: results file is larger than the 50 MB limit \(52428801 bytes\)/,
      ),
    ]);
    const html = await readFile(result.reportPath, "utf8");
    const markdown = await readFile(summary!, "utf8");
    for (const report of [html, markdown]) {
      expect(report).toContain("Backtest of the good model");
      expect(report).toContain("results-file: .mlops/results/bad.json");
      expect(report).toContain("results-file: .mlops/results/huge.json");
    }
    expect(result.reasons[0]).toMatch(
      /^an evaluation errored:\n- results-file \.mlops\/results\/bad\.json: /,
    );
  });
});
