import { describe, expect, it } from "vitest";
import {
  averagePrecisionOfRankedCounts,
  lastOfGroupFlags,
  rocAucOfRankedCounts,
} from "./ranked-count-metrics.ts";
import { rankScores } from "./ranked-scores.ts";
import { labelsInRankOrder, weightedAveragePrecision, weightedRocAuc } from "./ranking-metrics.ts";
import { Xoshiro128 } from "./xoshiro128.ts";

describe("metrics of rank-ordered counts", () => {
  it("equal the row-weighted metrics bit for bit, with ties and zero counts", () => {
    const rng = new Xoshiro128(11);
    for (let trial = 0; trial < 20; trial++) {
      const n = 50 + trial * 7;
      const labels = Float64Array.from({ length: n }, () => (rng.nextFloat() < 0.4 ? 1 : 0));
      const scores = Float64Array.from({ length: n }, () => rng.nextBelow(12));
      const weights = Uint32Array.from({ length: n }, () => rng.nextBelow(4));
      const ranked = rankScores("scores", scores);
      const rankedLabels = labelsInRankOrder(labels, ranked);
      const ends = lastOfGroupFlags(ranked);
      const counts = Uint32Array.from(ranked.order, (row) => weights[row]!);
      expect(rocAucOfRankedCounts(rankedLabels, ends, counts)).toBe(
        weightedRocAuc(rankedLabels, ranked, weights),
      );
      expect(averagePrecisionOfRankedCounts(rankedLabels, ends, counts)).toBe(
        weightedAveragePrecision(rankedLabels, ranked, weights),
      );
    }
  });

  it("flags the last position of each tie group", () => {
    expect(Array.from(lastOfGroupFlags(rankScores("s", [3, 1, 3, 2, 1])))).toEqual([0, 1, 1, 0, 1]);
  });

  it("are null when a class is missing", () => {
    const ends = new Uint8Array([1, 1]);
    expect(rocAucOfRankedCounts(new Uint8Array([1, 1]), ends, new Uint32Array([1, 1]))).toBeNull();
    expect(averagePrecisionOfRankedCounts(new Uint8Array([0, 1]), ends, new Uint32Array([3, 0]))).toBeNull();
  });
});
