import { cohensKappa } from "@mlops/stats";
import { describe, expect, it } from "vitest";
import {
  agreementDetails,
  agreementMetrics,
  judgeAnswer,
  measureAgreement,
  NO_ANSWER,
} from "./judge-agreement.ts";
import { caseResult } from "./test-support/case-result.ts";

const config = { label: "label", answer: "category" };
const humans = ["A", "A", "A", "B", "B", "B", "C", "C", "C", "C"];
const answers = ["A", "A", "B", "B", "B", "A", "C", "C", "C", undefined];
const labelOf = new Map(humans.map((h, i) => [`c${i}`, h]));
const results = answers.map((a, i) =>
  caseResult({ caseId: `c${i}`, output: a === undefined ? "I think it is C." : `{"category": "${a}"}` }),
);

describe("judge agreement", () => {
  it("reads the judge's answer at a dotted path of its JSON, in prose or a code block too", () => {
    expect(judgeAnswer('{"category": "B", "reason": "x"}', "category")).toBe("B");
    expect(judgeAnswer('```json\n{"verdicts": [{"verdict": "idk"}]}\n```', "verdicts.0.verdict")).toBe("idk");
    expect(judgeAnswer('{"ok": true}', "ok")).toBe("true");
    expect(judgeAnswer("Category B.", "category")).toBe(NO_ANSWER);
    expect(judgeAnswer('{"category": ["B"]}', "category")).toBe(NO_ANSWER);
    expect(judgeAnswer(undefined, "category")).toBe(NO_ANSWER);
  });

  it("counts answered calls of one side into a confusion matrix; a missing answer disagrees", () => {
    const errored = caseResult({ caseId: "c0", status: "error", output: undefined, repeat: 1 });
    const base = caseResult({ caseId: "c0", side: "base", output: '{"category": "E"}' });
    const a = measureAgreement([...results, errored, base], "head", labelOf, config);
    expect(a.labels).toEqual(["A", "B", "C", NO_ANSWER]);
    expect(a.counts).toEqual([
      [2, 1, 0, 0],
      [1, 2, 0, 0],
      [0, 0, 3, 1],
      [0, 0, 0, 0],
    ]);
    expect(a).toMatchObject({ n: 10, agreed: 7 });
  });

  it("reports accuracy with its Wilson interval and κ with its interval, against the base version", () => {
    const head = measureAgreement(results, "head", labelOf, config);
    const base = measureAgreement(
      humans.map((h, i) => caseResult({ caseId: `c${i}`, side: "base", output: `{"category": "${h}"}` })),
      "base",
      labelOf,
      config,
    );
    const m = agreementMetrics(head, base, "1.0.0");
    expect(m.agreement_accuracy).toMatchObject({ value: 0.7, n: 10, greaterIsBetter: true });
    expect(m.agreement_accuracy.ci?.method).toBe("Wilson score");
    expect(m.agreement_accuracy.baseline).toMatchObject({ value: 1, label: "1.0.0" });
    // Paired on the same 10 calls: 3 agreed only on the base.
    expect(m.agreement_accuracy.delta).toMatchObject({
      value: -0.3,
      ci: { method: expect.stringMatching(/^Newcombe/) },
    });
    // Observed 0.7; chance 0.3·0.3 + 0.3·0.3 + 0.4·0.3 + 0·0.1 = 0.3; κ = 0.4 / 0.7.
    expect(m.agreement_kappa.value).toBeCloseTo(4 / 7, 5);
    const k = cohensKappa(head.counts);
    expect(m.agreement_kappa.ci).toMatchObject({ level: 0.95, method: expect.stringMatching(/Fleiss/) });
    expect(m.agreement_kappa.ci?.lower).toBeCloseTo(k?.lower as number, 5);
    expect(m.agreement_kappa.baseline?.value).toBe(1);
  });

  it("says why κ is unavailable rather than reporting a number", () => {
    const same = measureAgreement(
      [caseResult({ output: '{"category": "A"}' })],
      "head",
      new Map([["c1", "A"]]),
      config,
    );
    expect(agreementMetrics(same, undefined, undefined).agreement_kappa).toMatchObject({
      value: null,
      unavailable: expect.stringMatching(/^chance agreement is 1/),
    });
    const none = measureAgreement([], "head", labelOf, config);
    expect(agreementMetrics(none, undefined, undefined).agreement_accuracy).toMatchObject({
      value: null,
      unavailable: "no answered case with a label",
    });
  });

  it("shows both versions' matrices over the same classes", () => {
    const head = measureAgreement(results, "head", labelOf, config);
    const base = measureAgreement(
      [caseResult({ caseId: "c0", side: "base", output: '{"category": "D"}' })],
      "base",
      labelOf,
      config,
    );
    const [byLabel, detail] = agreementDetails(head, base, { head: "1.1.0", base: "1.0.0" });
    expect(byLabel).toMatchObject({
      type: "table",
      columns: ["label", "base 1.0.0", "head 1.1.0"],
      rows: [
        ["A", "0/1", "2/3"],
        ["B", "0/0", "2/3"],
        ["C", "0/0", "3/4"],
      ],
    });
    expect(detail).toMatchObject({ type: "confusion-matrix", labels: ["A", "B", "C", "D", NO_ANSWER] });
    if (detail?.type !== "confusion-matrix") throw new Error("not a matrix");
    expect(detail.matrices.map((m) => m.name)).toEqual(["base 1.0.0", "head 1.1.0"]);
    expect(detail.matrices[0]?.counts[0]).toEqual([0, 0, 0, 1, 0]);
    expect(detail.matrices[1]?.counts[2]).toEqual([0, 0, 3, 0, 1]);
  });
});
