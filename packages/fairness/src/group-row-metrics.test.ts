import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateRowMetrics, type RowMetricsOptions } from "./group-row-metrics.ts";
import { intersectionsOf } from "./groups.ts";

const OPTIONS: RowMetricsOptions = {
  task: "classification",
  method: "between_groups",
  minGroupSize: 1,
  resamples: 200,
  level: 0.95,
  seed: 3,
};

describe("evaluateRowMetrics, classification", () => {
  const columns = [
    { name: "g", values: ["a", "a", "a", "a", "b", "b"] },
    { name: "r", values: ["n", "s", "n", "s", "n", "n"] },
  ];
  const labels = [1, 0, 1, 0, 1, 1];
  const scores = [0.9, 0.2, 0.4, 0.6, 0.7, 0.8];
  const grouped = intersectionsOf(columns, labels.length);

  it("computes mean score, ROC AUC and ECE within each group; unavailable, with the reason, where a group has one class", () => {
    const result = evaluateRowMetrics(grouped, { labels, challenger: scores }, OPTIONS);
    expect(result.partitions.map((p) => p.key)).toEqual(["g", "r", "g & r"]);
    const [a, b] = result.partitions[0]!.groups;
    // a: positives 0.9, 0.4 against negatives 0.2, 0.6: 3 of 4 pairs ordered
    expect(a!.metrics.roc_auc!.challenger.value).toBe(0.75);
    expect(a!.metrics.mean_score!.challenger.value).toBeCloseTo(0.525, 15);
    expect(b!.metrics.roc_auc!.challenger).toEqual({
      value: null,
      unavailable: "roc_auc is undefined: the group has only one label class",
    });
    // b: two positives scored 0.7 and 0.8, in separate bins of 10: |1 − 0.7|·½ + |1 − 0.8|·½
    expect(b!.metrics.ece!.challenger.value).toBeCloseTo(0.25, 12);
    expect(result.partitions[0]!.disparities).toEqual({});
  });

  it("brackets each metric with an interval from resamples within the intersections, and pairs the champion", () => {
    const n = 400;
    const g = Array.from({ length: n }, (_, i) => (i % 4 === 0 ? "x" : "y"));
    const y = Array.from({ length: n }, (_, i) => ((i * 7) % 3 === 0 ? 1 : 0));
    const s = y.map((v, i) => Math.min(1, 0.3 * v + ((i * 37) % 100) / 140));
    const result = evaluateRowMetrics(
      intersectionsOf([{ name: "g", values: g }], n),
      { labels: y, challenger: s, champion: s },
      OPTIONS,
    );
    for (const group of result.partitions[0]!.groups) {
      for (const metric of ["mean_score", "roc_auc", "ece"] as const) {
        const c = group.metrics[metric]!;
        expect(c.challenger.ci!.lower, `${group.name} ${metric}`).toBeLessThanOrEqual(c.challenger.value!);
        expect(c.challenger.ci!.upper, `${group.name} ${metric}`).toBeGreaterThanOrEqual(c.challenger.value!);
        expect(c.challenger.ci!.upper).toBeGreaterThan(c.challenger.ci!.lower);
        expect(c.delta).toEqual({ value: 0, ci: { lower: 0, upper: 0 } });
      }
    }
    expect(
      evaluateRowMetrics(
        intersectionsOf([{ name: "g", values: g }], n),
        { labels: y, challenger: s },
        OPTIONS,
      ),
    ).toEqual(
      evaluateRowMetrics(
        intersectionsOf([{ name: "g", values: g }], n),
        { labels: y, challenger: s },
        OPTIONS,
      ),
    );
  });
});

describe("evaluateRowMetrics, regression", () => {
  // Group a: labels 10, 20, 30 predicted 12, 18, 36 (errors 2, 2, 6); group b: 5, 15 predicted 5, 10.
  const values = ["a", "a", "a", "b", "b"];
  const labels = [10, 20, 30, 5, 15];
  const predictions = [12, 18, 36, 5, 10];
  const grouped = intersectionsOf([{ name: "g", values }], labels.length);
  const options: RowMetricsOptions = { ...OPTIONS, task: "regression" };

  it("computes MAE, mean prediction and mean residual per group", () => {
    const [a, b] = evaluateRowMetrics(grouped, { labels, challenger: predictions }, options).partitions[0]!
      .groups;
    expect(a!.metrics.mae!.challenger.value).toBeCloseTo(10 / 3, 15);
    expect(a!.metrics.mean_prediction!.challenger.value).toBeCloseTo(22, 15);
    expect(a!.metrics.mean_residual!.challenger.value).toBeCloseTo(-2, 15);
    expect(b!.metrics.mae!.challenger.value).toBe(2.5);
    expect(b!.metrics.mean_prediction!.challenger.value).toBe(7.5);
    expect(b!.metrics.mean_residual!.challenger.value).toBe(2.5);
    expect(a!.metrics.roc_auc).toBeUndefined();
  });

  it("gives Fairlearn-style differences and ratios of MAE and mean prediction, between groups and to overall", () => {
    const between = evaluateRowMetrics(grouped, { labels, challenger: predictions }, options);
    const d = between.partitions[0]!.disparities;
    expect(d.mae_difference!.challenger.value).toBeCloseTo(10 / 3 - 2.5, 12);
    expect(d.mae_ratio!.challenger.value).toBeCloseTo(2.5 / (10 / 3), 12);
    expect(d.mean_prediction_difference!.challenger.value).toBeCloseTo(22 - 7.5, 12);
    expect(d.mean_prediction_ratio!.challenger.value).toBeCloseTo(7.5 / 22, 12);
    expect(between.worst.mae_difference!.challenger.value).toBe(d.mae_difference!.challenger.value);
    expect(between.worst.mae_difference!.partition).toBe("g");
    // Overall: MAE 15/5 = 3, mean prediction 81/5 = 16.2.
    const toOverall = evaluateRowMetrics(
      grouped,
      { labels, challenger: predictions },
      { ...options, method: "to_overall" },
    ).partitions[0]!.disparities;
    expect(toOverall.mae_difference!.challenger.value).toBeCloseTo(Math.max(10 / 3 - 3, 3 - 2.5), 12);
    expect(toOverall.mae_ratio!.challenger.value).toBeCloseTo(Math.min(2.5 / 3, 3 / (10 / 3)), 12);
    expect(toOverall.mean_prediction_difference!.challenger.value).toBeCloseTo(16.2 - 7.5, 12);
  });

  it("leaves disparities over a group below min_group_size undecided, naming it", () => {
    const result = evaluateRowMetrics(
      grouped,
      { labels, challenger: predictions },
      { ...options, minGroupSize: 3 },
    );
    const [a, b] = result.partitions[0]!.groups;
    expect([a!.sufficient, b!.sufficient]).toEqual([true, false]);
    expect(b!.metrics.mae!.challenger.value).toBe(2.5);
    expect(result.partitions[0]!.disparities.mae_difference!.challenger).toEqual({
      value: null,
      unavailable: "1 group(s) below min_group_size 3: g=b (n=2)",
    });
    expect(result.worst.mae_difference!.challenger.value).toBeNull();
  });

  it("has no ratio of mean predictions when a group's mean is negative", () => {
    const result = evaluateRowMetrics(grouped, { labels, challenger: [-12, -18, -36, 5, 10] }, options);
    const ratio = result.partitions[0]!.disparities.mean_prediction_ratio!.challenger;
    expect(ratio.value).toBeNull();
    expect(ratio.unavailable).toMatch(/non-negative/);
  });
});

interface FixturePartition {
  key: string;
  groups: ({ name: string } & Record<string, number | null>)[];
  disparities?: Record<string, Record<string, number>>;
}
interface FixtureCase {
  columns: Record<string, string[]>;
  labels: number[];
  scores?: number[];
  predictions?: number[];
  partitions: FixturePartition[];
}

const fixture = JSON.parse(
  readFileSync(new URL("../fixtures/row-metrics.json", import.meta.url), "utf8"),
) as {
  classifier: FixtureCase;
  regressor: FixtureCase;
};

describe("evaluateRowMetrics against numpy", () => {
  const check = (
    c: FixtureCase,
    task: "classification" | "regression",
    method: RowMetricsOptions["method"],
  ) => {
    const columns = Object.entries(c.columns).map(([name, values]) => ({ name, values }));
    const result = evaluateRowMetrics(
      intersectionsOf(columns, c.labels.length),
      { labels: c.labels, challenger: (c.scores ?? c.predictions)! },
      { ...OPTIONS, task, method, resamples: 20 },
    );
    expect(result.partitions.map((p) => p.key)).toEqual(c.partitions.map((p) => p.key));
    for (const [i, expected] of c.partitions.entries()) {
      const got = result.partitions[i]!;
      for (const { name: groupName, ...wanted } of expected.groups) {
        const metrics = got.groups.find((g) => g.name === groupName)!.metrics;
        for (const [name, want] of Object.entries(wanted)) {
          const value = metrics[name as keyof typeof metrics]!.challenger.value;
          if (want === null) expect(value, `${groupName} ${name}`).toBeNull();
          else expect(value, `${groupName} ${name}`).toBeCloseTo(want, 10);
        }
      }
      for (const [name, want] of Object.entries(expected.disparities?.[method] ?? {})) {
        const value = got.disparities[name as keyof typeof got.disparities]!.challenger.value;
        expect(value, `${got.key} ${name}`).toBeCloseTo(want, 10);
      }
    }
  };

  it("a classifier's mean score, ROC AUC (with ties, and a group of one class) and ECE per group", () => {
    check(fixture.classifier, "classification", "between_groups");
  });

  for (const method of ["between_groups", "to_overall"] as const) {
    it(`a regressor's MAE, mean prediction and mean residual per group, and their disparities, ${method}`, () => {
      check(fixture.regressor, "regression", method);
    });
  }
});
