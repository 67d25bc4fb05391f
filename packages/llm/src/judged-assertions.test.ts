import { describe, expect, it } from "vitest";
import type { GradingResult } from "./assertions/definition.ts";
import { judgedAssertionsDetail } from "./judged-assertions.ts";
import { caseResult } from "./test-support/case-result.ts";

const judged = (score: number, version = "1.0.0"): GradingResult => ({
  pass: score >= 0.5,
  score,
  reason: "r",
  assertion: "faithfulness",
  judge: { prompt: "judges/claim-verdicts", version, calls: 2 },
});
const plain: GradingResult = { pass: true, score: 1, reason: "r", assertion: "contains" };

describe("judged assertions detail", () => {
  it("names each judged assertion's judge prompt version and its last measured agreement", () => {
    const results = [
      caseResult({ caseId: "a", grading: [judged(1), plain] }),
      caseResult({ caseId: "b", grading: [judged(0.5)] }),
      caseResult({ caseId: "c", grading: [judged(0, "1.1.0")] }),
      caseResult({ caseId: "a", side: "base", grading: [judged(0)] }),
    ];
    const record = {
      "judges/claim-verdicts": {
        "1.0.0": { accuracy: 0.85, kappa: 0.7123, n: 60, measured_at: "2026-12-05T10:00:00.000Z" },
      },
    };
    const detail = judgedAssertionsDetail(results, record);
    expect(detail).toMatchObject({
      type: "table",
      columns: [
        "assertion",
        "judge prompt",
        "version",
        "results",
        "mean score",
        "gated",
        "judge calls",
        "judge cost (USD)",
        "agreement",
      ],
      rows: [
        [
          "faithfulness",
          "judges/claim-verdicts",
          "1.0.0",
          2,
          0.75,
          "yes",
          4,
          "no price",
          "accuracy 0.85, κ 0.71 (n 60, 2026-12-05)",
        ],
        [
          "faithfulness",
          "judges/claim-verdicts",
          "1.1.0",
          1,
          0,
          "yes",
          2,
          "no price",
          "not measured (measured: 1.0.0)",
        ],
      ],
    });
    expect(judgedAssertionsDetail([caseResult({ grading: [plain] })], record)).toBeUndefined();
    expect(judgedAssertionsDetail([caseResult({ grading: [judged(1)] })], {})).toMatchObject({
      rows: [[expect.anything(), expect.anything(), "1.0.0", 1, 1, "yes", 2, "no price", "not measured"]],
    });
  });

  it("lists each LLM-judged assertion with its mean score, whether it is gated, and its judge", () => {
    const judge = (costUsd?: number) => ({
      prompt: "judges/claim-verdicts",
      version: "1.0.0",
      calls: 2,
      ...(costUsd === undefined ? {} : { costUsd }),
    });
    const results = [
      caseResult({
        caseId: "a",
        grading: [{ pass: true, score: 1, reason: "", assertion: "faithfulness", judge: judge(0.001) }],
      }),
      caseResult({
        caseId: "b",
        grading: [
          { pass: false, score: 0.5, reason: "", assertion: "faithfulness", judge: judge(0.002) },
          {
            pass: true,
            gated: false,
            score: 0.25,
            reason: "",
            assertion: "context-precision",
            judge: judge(),
          },
        ],
      }),
    ];
    const table = judgedAssertionsDetail(results, {});
    expect(table?.type === "table" && table.rows).toEqual([
      ["faithfulness", "judges/claim-verdicts", "1.0.0", 2, 0.75, "yes", 4, 0.003, "not measured"],
      [
        "context-precision",
        "judges/claim-verdicts",
        "1.0.0",
        1,
        0.25,
        "no (no threshold: reported only)",
        2,
        "no price",
        "not measured",
      ],
    ]);
  });
});
