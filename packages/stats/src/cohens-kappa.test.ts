import { describe, expect, it } from "vitest";
import { cohensKappa } from "./cohens-kappa.ts";

/** κ as 1 − Σ disagreement observed ÷ Σ disagreement expected (the weighted form with 0/1 weights). */
function kappaFromDisagreement(m: number[][]): number {
  const n = m.flat().reduce((a, b) => a + b, 0);
  const rows = m.map((r) => r.reduce((a, b) => a + b, 0));
  const cols = m.map((_, j) => m.reduce((a, r) => a + (r[j] ?? 0), 0));
  let observed = 0;
  let expected = 0;
  m.forEach((r, i) => {
    r.forEach((c, j) => {
      if (i === j) return;
      observed += c;
      expected += ((rows[i] ?? 0) * (cols[j] ?? 0)) / n;
    });
  });
  return 1 - observed / expected;
}

// Standard errors from the other algebraic form of Fleiss, Cohen & Everitt's variance, computed apart:
// Σ p_ii((1−pe) − (p_i.+p_.i)(1−po))² + (1−po)² Σ_{i≠j} p_ij(p_.i+p_j.)² − (po·pe − 2pe + po)², ÷ n(1−pe)⁴.
const CASES = [
  {
    m: [
      [20, 5],
      [10, 15],
    ],
    kappa: 0.4,
    se: 0.12699606293110033,
  },
  {
    m: [
      [45, 15],
      [25, 15],
    ],
    kappa: 0.13043478260869554,
    se: 0.09866153762343963,
  },
  {
    m: [
      [22, 3, 1],
      [2, 18, 4],
      [1, 2, 7],
    ],
    kappa: 0.6575943810359964,
    se: 0.08237503158937154,
  },
];

describe("Cohen's kappa", () => {
  it("matches the textbook values and an independent computation, with its large-sample interval", () => {
    for (const { m, kappa, se } of CASES) {
      const r = cohensKappa(m);
      expect(r?.kappa).toBeCloseTo(kappa, 12);
      expect(r?.kappa).toBeCloseTo(kappaFromDisagreement(m), 12);
      expect(r?.se).toBeCloseTo(se, 12);
      expect(r?.lower).toBeCloseTo(kappa - 1.959963984540054 * se, 9);
    }
    // 20 + 15 of 50 agree (0.7); chance 0.5·0.6 + 0.5·0.4 = 0.5.
    expect(
      cohensKappa([
        [20, 5],
        [10, 15],
      ]),
    ).toMatchObject({ observed: 0.7, expected: 0.5, n: 50 });
  });

  it("is 1 for perfect agreement, within [−1, 1], and undefined when chance agreement is certain", () => {
    const perfect = cohensKappa([
      [5, 0],
      [0, 5],
    ]);
    expect(perfect).toMatchObject({ kappa: 1, se: 0, lower: 1, upper: 1 });
    const opposite = cohensKappa([
      [0, 5],
      [5, 0],
    ]);
    expect(opposite?.kappa).toBe(-1);
    expect(opposite?.lower).toBe(-1);
    expect(
      cohensKappa([
        [7, 0],
        [0, 0],
      ]),
    ).toBeUndefined();
    expect(cohensKappa([[0]])).toBeUndefined();
  });
});
