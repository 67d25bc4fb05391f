import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RATE_NAMES } from "./confusion.ts";
import { DISPARITY_NAMES, type DisparityOptions } from "./disparities.ts";
import { evaluateFairness, type FairnessOptions } from "./fairness-evaluation.ts";
import { groupRows } from "./groups.ts";
import { PRIVILEGED_METRIC_NAMES } from "./privileged.ts";

interface FixtureCase {
  name: string;
  columns: Record<string, string[]>;
  labels: number[];
  decisions: number[];
  privileged: { column: string; value: string } & Record<string, number>;
  partitions: {
    key: string;
    groups: ({ name: string; count: number } & Record<string, number | null>)[];
    disparities: Record<string, Record<string, number | null>>;
  }[];
}

const { cases } = JSON.parse(
  readFileSync(new URL("../fixtures/disparities.json", import.meta.url), "utf8"),
) as { cases: FixtureCase[] };

const OPTIONS: FairnessOptions = {
  method: "between_groups",
  agg: "worst_case",
  minGroupSize: 1,
  resamples: 200,
  level: 0.95,
  seed: 1,
  champion: false,
};

function grouped(c: FixtureCase, champion?: number[]) {
  return groupRows(
    Object.entries(c.columns).map(([name, values]) => ({ name, values })),
    { labels: c.labels, challenger: c.decisions, ...(champion ? { champion } : {}) },
  );
}

describe("evaluateFairness against numpy", () => {
  for (const c of cases) {
    for (const method of ["between_groups", "to_overall"] as const) {
      for (const agg of ["worst_case", "mean"] as const) {
        it(`${c.name}: ${method}, ${agg}`, () => {
          const options: DisparityOptions = { method, agg };
          const result = evaluateFairness(grouped(c), { ...OPTIONS, ...options });
          expect(result.partitions.map((p) => p.key)).toEqual(c.partitions.map((p) => p.key));
          for (const [i, expected] of c.partitions.entries()) {
            const got = result.partitions[i]!;
            for (const d of DISPARITY_NAMES) {
              const want = expected.disparities[`${method}/${agg}`]![d]!;
              const value = got.disparities[d].challenger.value;
              if (want === null) expect(value, `${got.key} ${d}`).toBeNull();
              else expect(value, `${got.key} ${d}`).toBeCloseTo(want, 12);
            }
          }
        });
      }
    }
    it(`${c.name}: per-group rates and counts`, () => {
      const result = evaluateFairness(grouped(c), OPTIONS);
      for (const [i, expected] of c.partitions.entries()) {
        const got = result.partitions[i]!;
        expect(got.groups.map((g) => [g.name, g.count])).toEqual(
          expected.groups.map((g) => [g.name, g.count]),
        );
        for (const [j, group] of expected.groups.entries()) {
          for (const r of RATE_NAMES) {
            const estimate = got.groups[j]!.rates[r].challenger;
            if (group[r] === null) {
              expect(estimate.value).toBeNull();
              expect(estimate.unavailable).toMatch(/undefined/);
            } else expect(estimate.value).toBeCloseTo(group[r]!, 12);
          }
        }
      }
    });
  }
});

describe("AIF360's privileged/unprivileged metrics against numpy", () => {
  for (const c of cases) {
    it(c.name, () => {
      const { column, value, ...expected } = c.privileged;
      const result = evaluateFairness(grouped(c), { ...OPTIONS, privileged: [{ column, value }] });
      const [got] = result.privileged;
      expect(got!.group).toBe(`${column}=${value}`);
      for (const name of PRIVILEGED_METRIC_NAMES) {
        expect(got!.metrics[name].challenger.value, name).toBeCloseTo(expected[name]!, 12);
        expect(got!.metrics[name].challenger.ci).toBeDefined();
      }
    });
  }
});

describe("evaluateFairness", () => {
  const [withIntersection, noPositives] = cases as [FixtureCase, FixtureCase];

  it("names the group whose rate makes a disparity undefined, never NaN", () => {
    const result = evaluateFairness(grouped(noPositives), OPTIONS);
    const tpr = result.partitions[0]!.disparities.equal_opportunity_difference.challenger;
    expect(tpr).toEqual({ value: null, unavailable: "tpr is undefined: band=young has no positive labels" });
    expect(result.worst.equal_opportunity_difference.challenger.value).toBeNull();
    expect(JSON.stringify(result)).not.toMatch(/NaN/);
  });

  it("keeps groups below min_group_size in the table and leaves their disparities undecided", () => {
    const result = evaluateFairness(grouped(withIntersection), { ...OPTIONS, minGroupSize: 40 });
    const intersection = result.partitions[2]!;
    const small = intersection.groups.filter((g) => !g.sufficient);
    expect(small.length).toBeGreaterThan(0);
    expect(small.every((g) => g.count < 40 && g.rates.selection_rate.challenger.value !== null)).toBe(true);
    const dp = intersection.disparities.demographic_parity_difference.challenger;
    expect(dp.value).toBeNull();
    expect(dp.unavailable).toMatch(/below min_group_size 40: sex=f & region=east \(n=\d+\)/);
    expect(result.partitions[0]!.disparities.demographic_parity_difference.challenger.value).not.toBeNull();
    expect(result.worst.demographic_parity_difference.challenger.value).toBeNull();
  });

  it("with three columns judges every pair too, keeping a pair's small groups with their counts", () => {
    const n = withIntersection.labels.length;
    const shift = Array.from({ length: n }, (_, i) => (i % 50 === 0 ? "night" : "day"));
    const result = evaluateFairness(
      groupRows(
        [
          ...Object.entries(withIntersection.columns).map(([name, values]) => ({ name, values })),
          { name: "shift", values: shift },
        ],
        { labels: withIntersection.labels, challenger: withIntersection.decisions },
      ),
      { ...OPTIONS, minGroupSize: 30 },
    );
    expect(result.partitions.map((p) => p.key)).toEqual([
      "sex",
      "region",
      "shift",
      "sex & region",
      "sex & shift",
      "region & shift",
      "sex & region & shift",
    ]);
    const pair = result.partitions[4]!;
    const small = pair.groups.filter((g) => !g.sufficient);
    expect(small.map((g) => g.name)).toEqual(["sex=f & shift=night", "sex=m & shift=night"]);
    expect(small.reduce((a, g) => a + g.count, 0)).toBe(12);
    expect(pair.disparities.demographic_parity_difference.challenger.unavailable).toMatch(
      /2 group\(s\) below min_group_size 30: sex=f & shift=night \(n=\d+\), sex=m & shift=night/,
    );
    expect(result.partitions[0]!.disparities.demographic_parity_difference.challenger.value).not.toBeNull();
  });

  it("takes the worst disparity over the partitions", () => {
    const result = evaluateFairness(grouped(withIntersection), OPTIONS);
    const values = result.partitions.map((p) => p.disparities.demographic_parity_ratio.challenger.value!);
    expect(result.worst.demographic_parity_ratio.challenger.value).toBe(Math.min(...values));
    expect(result.worst.demographic_parity_ratio.partition).toBe("sex & region");
  });

  it("brackets each estimate with a seeded interval, identical on a rerun", () => {
    const a = evaluateFairness(grouped(withIntersection), OPTIONS);
    const b = evaluateFairness(grouped(withIntersection), OPTIONS);
    expect(a).toEqual(b);
    const dp = a.partitions[0]!.disparities.demographic_parity_difference.challenger;
    expect(dp.ci!.lower).toBeLessThan(dp.value!);
    expect(dp.ci!.upper).toBeGreaterThan(dp.value!);
  });

  it("pairs the champion on the same resamples: identical decisions change nothing, with a zero-width interval", () => {
    const same = evaluateFairness(grouped(withIntersection, withIntersection.decisions), {
      ...OPTIONS,
      champion: true,
    });
    const dp = same.partitions[0]!.disparities.demographic_parity_difference;
    expect(dp.champion!.value).toBe(dp.challenger.value);
    expect(dp.delta).toEqual({ value: 0, ci: { lower: 0, upper: 0 } });
  });

  it("gives the change in a disparity when the champion decides differently", () => {
    const champion = withIntersection.labels; // a perfect model: every TPR is 1 and every FPR 0
    const result = evaluateFairness(grouped(withIntersection, champion), { ...OPTIONS, champion: true });
    const eo = result.partitions[0]!.disparities.equal_opportunity_difference;
    expect(eo.champion!.value).toBe(0);
    expect(eo.delta!.value).toBeCloseTo(eo.challenger.value!, 15);
    expect(eo.delta!.ci!.lower).toBeLessThanOrEqual(eo.delta!.value!);
  });
});
