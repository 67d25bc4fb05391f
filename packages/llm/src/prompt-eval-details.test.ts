import { describe, expect, it } from "vitest";
import type { PromptEvaluation } from "./eval-envelope.ts";
import { promptEvalDetails, promptEvalSummary } from "./prompt-eval-details.ts";
import { compareSides } from "./side-stats.ts";
import { caseResult } from "./test-support/case-result.ts";

const identity = (version: string, hash: string) => ({
  id: "greet",
  version,
  file: "prompts/greet.md",
  hashes: { contentHash: hash.repeat(64) } as never,
});

function evaluation(results: PromptEvaluation["results"], withBase = true): PromptEvaluation {
  return {
    head: identity("1.1.0", "a"),
    ...(withBase ? { base: identity("1.0.0", "b"), changedPartials: ["tone"] } : {}),
    results,
    lint: [],
  };
}

describe("promptEvalDetails", () => {
  it("names both versions, then lists regressed, flaky and failing cases", () => {
    const e = evaluation([
      caseResult({ caseId: "a", side: "base" }),
      caseResult({ caseId: "a", status: "fail", reason: "wrong name", output: "hi Bob" }),
      caseResult({ caseId: "b", repeat: 0 }),
      caseResult({ caseId: "b", repeat: 1, status: "fail" }),
    ]);
    const details = promptEvalDetails(e, compareSides(e.results, true));
    expect(details[0]).toMatchObject({
      text: `greet: 1.0.0 (${"b".repeat(12)}) → 1.1.0 (${"a".repeat(12)}); partials changed: _tone`,
    });
    expect(details.map((d) => d.title)).toEqual([
      "Prompt version",
      "Cost, latency and tokens",
      "Regressions (1): passed on 1.0.0, fail on 1.1.0",
      "Flaky cases (1): passed some repeats, failed others",
      "Failing cases (2)",
      "Outputs, base 1.0.0 against head 1.1.0",
    ]);
    expect(details[1]).toMatchObject({
      rows: [["base", "1.0.0", "100.0% (1/1)", 0, 0.001, 100, 100, 15], expect.anything()],
    });
    expect(details[2]).toMatchObject({ rows: [["a", "p", "wrong name", "hi Bob"]] });
    expect(details[3]).toMatchObject({ rows: [["b", "p", "1/2"]] });
  });

  it("has only the version and cost when every case passed and there is no base", () => {
    const e = evaluation([caseResult()], false);
    const details = promptEvalDetails(e, compareSides(e.results, false));
    expect(details).toHaveLength(2);
    expect(details[0]).toMatchObject({ text: expect.stringContaining("no base version to compare with") });
  });
});

describe("promptEvalSummary", () => {
  it("gives the pass rate, the paired change and the cost", () => {
    const e = evaluation([caseResult({ side: "base", status: "fail" }), caseResult()]);
    expect(promptEvalSummary(compareSides(e.results, true), "1.0.0")).toBe(
      "100.0% pass, Δ 100.0 pts vs 1.0.0 (0 regressed, 1 improved), $0.001",
    );
    expect(promptEvalSummary(compareSides([], false), undefined)).toBe("no cases, $0");
  });

  it("lists each LLM-judged assertion with its mean score, whether it is gated, and its judge", () => {
    const judge = (costUsd?: number) => ({
      prompt: "judges/claim-verdicts",
      version: "1.0.0",
      calls: 2,
      ...(costUsd === undefined ? {} : { costUsd }),
    });
    const e = evaluation(
      [
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
      ],
      false,
    );
    const table = promptEvalDetails(e, compareSides(e.results, false)).find(
      (d) => d.title === "LLM-judged assertions",
    );
    expect(table?.type === "table" && table.rows).toEqual([
      ["faithfulness", 0.75, 2, "yes", "judges/claim-verdicts@1.0.0", 4, 0.003],
      [
        "context-precision",
        0.25,
        1,
        "no (no threshold: reported only)",
        "judges/claim-verdicts@1.0.0",
        2,
        "no price",
      ],
    ]);
  });
});
