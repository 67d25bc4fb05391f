import path from "node:path";
import { newEnvelope, writeEnvelope } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { tempFiles } from "../../../test/harness/temp-files.ts";
import { failedChecks, failedChecksOf } from "./failed-checks.ts";

function llmEnvelope(status: "fail" | "warn") {
  const envelope = newEnvelope({
    kind: "llm-eval",
    subject: { type: "prompt", name: "explain-risk", version: "1.2.0" },
    startedAt: "2026-12-01T00:00:00.000Z",
    lineage: {},
  });
  envelope.status = status;
  envelope.checks = [
    { id: "gate:latency", title: "latency p95", status: "fail", severity: "warn", observed: "2.1 s" },
    { id: "case:3", title: "case 3: contains Acme", status: "pass", severity: "fail" },
    {
      id: "gate:pass_rate",
      title: "pass rate",
      status: "fail",
      severity: "fail",
      observed: "0.82",
      expected: "≥ 0.9",
    },
  ];
  return envelope;
}

describe("failedChecks", () => {
  it("names the result, then the blocking checks with observed and expected, then warnings", () => {
    expect(failedChecks(llmEnvelope("fail"))).toEqual([
      "llm-eval explain-risk 1.2.0: fail",
      "- pass rate: observed 0.82, expected ≥ 0.9 (fail)",
      "- latency p95: observed 2.1 s (warning)",
    ]);
  });

  it("counts what it does not show", () => {
    const envelope = llmEnvelope("fail");
    envelope.checks = Array.from({ length: 20 }, (_, i) => ({
      id: `c${i}`,
      title: `check ${i}`,
      status: "fail" as const,
      severity: "fail" as const,
    }));
    const lines = failedChecks(envelope);
    expect(lines).toHaveLength(17);
    expect(lines.at(-1)).toBe("- … 5 more in the result file");
  });

  it("reads the result files a run wrote, skipping passes and unreadable files", async () => {
    const dir = path.dirname((await tempFiles({ ".keep": "" }))[".keep"]!);
    const failing = await writeEnvelope(path.join(dir, "r"), llmEnvelope("fail"));
    const passing = llmEnvelope("fail");
    passing.status = "pass";
    passing.subject.name = "other";
    const passed = await writeEnvelope(path.join(dir, "r"), passing);
    const lines = await failedChecksOf([failing, passed, "missing.json"], dir);
    expect(lines[0]).toBe("llm-eval explain-risk 1.2.0: fail");
    expect(lines).toHaveLength(3);
  });
});
