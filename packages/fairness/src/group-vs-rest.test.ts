import { describe, expect, it } from "vitest";
import { groupsVsRest } from "./group-vs-rest.ts";
import { groupRows } from "./groups.ts";

describe("groupsVsRest", () => {
  // Group a (100 rows) is selected 30 times, b (120) 45 times, c (10) never: c is too small to test.
  const values = [...Array(100).fill("a"), ...Array(120).fill("b"), ...Array(10).fill("c")];
  const decisions = [
    ...Array.from({ length: 100 }, (_, i) => (i < 30 ? 1 : 0)),
    ...Array.from({ length: 120 }, (_, i) => (i < 45 ? 1 : 0)),
    ...Array(10).fill(0),
  ];
  const labels = values.map((_, i) => i % 2);
  const tests = groupsVsRest(groupRows([{ name: "g", values }], { labels, challenger: decisions }), 30);

  it("tests each group large enough against the rest, on selection rate, TPR and FPR", () => {
    expect(tests.map((t) => `${t.group} ${t.rate}`).sort()).toEqual([
      "g=a fpr",
      "g=a selection_rate",
      "g=a tpr",
      "g=b fpr",
      "g=b selection_rate",
      "g=b tpr",
    ]);
    const a = tests.find((t) => t.group === "g=a" && t.rate === "selection_rate")!;
    expect(a.group_value).toBe(0.3);
    expect(a.rest_value).toBe(45 / 130);
  });

  it("adjusts the p-values together (Benjamini–Hochberg): never below the raw p-value, sorted by q", () => {
    for (const t of tests) expect(t.qValue).toBeGreaterThanOrEqual(t.pValue);
    expect(tests.map((t) => t.qValue)).toEqual([...tests.map((t) => t.qValue)].sort((x, y) => x - y));
  });
});
