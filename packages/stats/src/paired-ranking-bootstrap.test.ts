import { ConfigError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { pairedBootstrap } from "./paired-bootstrap.ts";
import { pairedRankingBootstrap } from "./paired-ranking-bootstrap.ts";
import { rankScores } from "./ranked-scores.ts";
import { labelsInRankOrder, weightedAveragePrecision, weightedRocAuc } from "./ranking-metrics.ts";
import { Xoshiro128 } from "./xoshiro128.ts";

const rng = new Xoshiro128(77);
const n = 300;
const actual = Float64Array.from({ length: n }, () => (rng.nextFloat() < 0.35 ? 1 : 0));
// Scores on a coarse grid, so both models have many ties.
const candidate = actual.map((y) => Math.round(20 * (0.3 * y + 0.7 * rng.nextFloat())) / 20);
const baseline = actual.map((y) => Math.round(10 * (0.2 * y + 0.8 * rng.nextFloat())) / 10);

/** The rows reordered by candidate score, as `rankScores` orders them (ties by row index). */
function sortedByCandidate(data = { actual, candidate, baseline }) {
  const { order } = rankScores("candidate", data.candidate);
  const pick = (values: Float64Array) => Float64Array.from(order, (row) => values[row]!);
  return { actual: pick(data.actual), candidate: pick(data.candidate), baseline: pick(data.baseline) };
}

/** The generic row-weight path: `pairedBootstrap` with the weighted metrics, both rankings by row index. */
function genericBootstrap(
  metric: "roc_auc" | "precision_recall_auc",
  seed: number,
  data = { actual, candidate, baseline },
) {
  const rows = sortedByCandidate(data);
  const n = rows.actual.length;
  const weighted = metric === "roc_auc" ? weightedRocAuc : weightedAveragePrecision;
  const rc = rankScores("candidate", rows.candidate);
  const rb = rankScores("baseline", rows.baseline);
  const lc = labelsInRankOrder(rows.actual, rc);
  const lb = labelsInRankOrder(rows.actual, rb);
  return pairedBootstrap(
    n,
    (w) => {
      const c = weighted(lc, rc, w);
      const b = weighted(lb, rb, w);
      return c === null || b === null ? null : c - b;
    },
    { resamples: 300, seed },
  );
}

describe("pairedRankingBootstrap", () => {
  it.each(["roc_auc", "precision_recall_auc"] as const)(
    "%s: exactly the intervals of the generic row-index path on rows sorted by candidate score",
    (metric) => {
      for (const seed of [0, 1, 2, 3, 4]) {
        const fast = pairedRankingBootstrap(metric, actual, candidate, baseline, { resamples: 300, seed });
        expect(fast).not.toBeNull();
        expect(fast).toEqual(genericBootstrap(metric, seed));
      }
    },
  );

  it.each(["roc_auc", "precision_recall_auc"] as const)(
    "%s: exactly the same intervals when it walks cells of tied rows instead of rows",
    (metric) => {
      // 4,000 rows on the same coarse grids: at most 21 × 11 × 2 distinct (scores, label) cells.
      const more = new Xoshiro128(78);
      const y = Float64Array.from({ length: 4000 }, () => (more.nextFloat() < 0.35 ? 1 : 0));
      const data = {
        actual: y,
        candidate: y.map((v) => Math.round(20 * (0.3 * v + 0.7 * more.nextFloat())) / 20),
        baseline: y.map((v) => Math.round(10 * (0.2 * v + 0.8 * more.nextFloat())) / 10),
      };
      for (const seed of [0, 1]) {
        const fast = pairedRankingBootstrap(metric, data.actual, data.candidate, data.baseline, {
          resamples: 300,
          seed,
        });
        expect(fast).not.toBeNull();
        expect(fast).toEqual(genericBootstrap(metric, seed, data));
      }
    },
  );

  it("depends on the rows, not on their order in the input", () => {
    const rows = sortedByCandidate();
    const reversed = (values: Float64Array) => values.slice().reverse();
    // Reversing the rows reverses tie order in the ranking, but counts are drawn per rank position: same distribution, different draws.
    const a = pairedRankingBootstrap("roc_auc", rows.actual, rows.candidate, rows.baseline, { seed: 5 })!;
    const b = pairedRankingBootstrap("roc_auc", actual, candidate, baseline, { seed: 5 })!;
    expect(b).toEqual(a);
    const c = pairedRankingBootstrap(
      "roc_auc",
      reversed(rows.actual),
      reversed(rows.candidate),
      reversed(rows.baseline),
      { seed: 5 },
    )!;
    expect(c.estimate).toBeCloseTo(a.estimate, 12);
    expect(Math.abs(c.lower - a.lower)).toBeLessThan(0.25 * (a.upper - a.lower));
    expect(Math.abs(c.upper - a.upper)).toBeLessThan(0.25 * (a.upper - a.lower));
  });

  it("keeps the pairing: identical models give a zero interval", () => {
    const interval = pairedRankingBootstrap("precision_recall_auc", actual, candidate, candidate, {
      resamples: 200,
    })!;
    expect(interval).toMatchObject({ estimate: 0, lower: 0, upper: 0 });
  });

  it("rejects non-binary labels and non-finite scores, and is null with one class", () => {
    expect(() => pairedRankingBootstrap("roc_auc", [0, 2], [0.1, 0.2], [0.1, 0.2])).toThrow(ConfigError);
    expect(() => pairedRankingBootstrap("roc_auc", [0, 1], [0.1, Number.NaN], [0.1, 0.2])).toThrow(
      ConfigError,
    );
    expect(pairedRankingBootstrap("roc_auc", [1, 1], [0.1, 0.2], [0.3, 0.2])).toBeNull();
    expect(pairedRankingBootstrap("precision_recall_auc", [0, 0], [0.1, 0.2], [0.3, 0.2])).toBeNull();
  });
});
