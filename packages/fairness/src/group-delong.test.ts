import { delongTest, Xoshiro128 } from "@mlops/stats";
import { describe, expect, it } from "vitest";
import { delongByGroup, rankCells } from "./group-delong.ts";

describe("delongByGroup", () => {
  it.each([
    ["scores rounded to tenths, so that ties span groups and label classes", 10],
    ["distinct scores", 2 ** 40],
  ])("gives each group delongTest's AUCs and intervals on that group's rows alone: %s", (_, steps) => {
    const rng = new Xoshiro128(2);
    const n = 600;
    const labels = Float64Array.from({ length: n }, () => (rng.nextFloat() < 0.3 ? 1 : 0));
    const a = labels.map((y) => Math.round(steps * Math.min(1, 0.3 * y + rng.nextFloat())) / steps);
    const b = labels.map((y) => Math.round(steps * Math.min(1, 0.2 * y + rng.nextFloat())) / steps);
    const groupOfRow = Int32Array.from({ length: n }, () => rng.nextBelow(3));
    groupOfRow[0] = 3; // a group of one row: no interval
    // Each row's cell is its group here.
    const cells = Int32Array.of(0, 1, 2, 3);
    const result = delongByGroup(
      [rankCells(labels, a, groupOfRow), rankCells(labels, b, groupOfRow)],
      cells,
      4,
      0.9,
    );
    expect(result[3]).toBeNull();
    for (let g = 0; g < 3; g++) {
      const rows = Array.from(groupOfRow.keys()).filter((i) => groupOfRow[i] === g);
      const pick = (x: Float64Array) => rows.map((i) => x[i]!);
      const expected = delongTest(pick(labels), pick(a), pick(b), { level: 0.9 })!;
      const got = result[g]!;
      expect(got.challenger.value).toBeCloseTo(expected.candidateAuc, 12);
      expect(got.champion!.value).toBeCloseTo(expected.baselineAuc, 12);
      expect(got.delta!.ci!.lower).toBeCloseTo(expected.ci.lower, 12);
      expect(got.delta!.ci!.upper).toBeCloseTo(expected.ci.upper, 12);
      const half = 1.6448536269514722 * Math.sqrt(expected.covariance.candidate);
      expect(got.challenger.ci!.lower).toBeCloseTo(expected.candidateAuc - half, 12);
      expect(got.challenger.ci!.upper).toBeCloseTo(expected.candidateAuc + half, 12);
    }
    const alone = delongByGroup([rankCells(labels, a, groupOfRow)], cells, 4, 0.9);
    expect(alone[1]).toEqual({ challenger: result[1]!.challenger });
  });
});
