import { ConfigError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import type { ScoredRows } from "./scored-rows.ts";
import { rowTimes, walkForwardComparison } from "./walk-forward.ts";

const dataset = { file: "data.csv", lineOf: (row: number) => row + 2 };

describe("rowTimes", () => {
  it("reads dates and ISO times, and locates one that is not a date", () => {
    expect([...rowTimes(["2026-01-01", "2026-01-02T12:00:00Z"], "day", dataset)]).toEqual([
      Date.UTC(2026, 0, 1),
      Date.UTC(2026, 0, 2, 12),
    ]);
    let error: unknown;
    try {
      rowTimes(["2026-01-01", "soon"], "day", dataset);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ location: { file: "data.csv", line: 3, path: "day" } });
  });
});

describe("walkForwardComparison", () => {
  // Two weeks of daily rows: the challenger is right every day, the champion only in the second week.
  const days = Array.from({ length: 14 }, (_, i) => Date.UTC(2026, 0, 1 + i));
  const actual = Float64Array.from(days, (_, i) => i % 2);
  const scored = {
    actual,
    challenger: { label: Float64Array.from(actual) },
    champion: { label: Float64Array.from(actual, (y, i) => (i < 7 ? 1 - y : y)) },
  };

  const weekly = (rows: ScoredRows) =>
    walkForwardComparison(
      rows,
      Float64Array.from(days),
      { size: "1w", mode: "sliding" },
      "accuracy_score",
      0.5,
    );

  it("charts and tables the primary metric per window, and counts the challenger's wins", () => {
    const part = weekly(scored);
    expect(part.details[0]).toMatchObject({
      type: "line-chart",
      title: "accuracy_score per sliding window",
      labels: ["2026-01-01…2026-01-07", "2026-01-08…2026-01-14"],
      series: [
        { name: "challenger", values: [1, 1] },
        { name: "champion", values: [0, 1] },
      ],
    });
    expect(part.details[1]).toMatchObject({
      rows: [
        ["2026-01-01…2026-01-07", 7, 1, 0],
        ["2026-01-08…2026-01-14", 7, 1, 1],
      ],
    });
    expect(part.metrics.window_win_rate).toEqual({ value: 0.5, n: 2, greaterIsBetter: true });
  });

  it("has no champion series and no win rate for a first model", () => {
    const part = weekly({ ...scored, champion: undefined });
    expect(part.metrics).toEqual({});
    expect((part.details[0] as { series: unknown[] }).series).toHaveLength(1);
  });

  it("tables the last, partial window but leaves it out of the win rate", () => {
    // Ten days: one whole week the champion loses, and three days it would win if they counted.
    const tenDays = days.slice(0, 10);
    const part = walkForwardComparison(
      {
        actual: actual.subarray(0, 10),
        challenger: { label: Float64Array.from(actual.subarray(0, 10), (y, i) => (i < 7 ? y : 1 - y)) },
        champion: { label: Float64Array.from(actual.subarray(0, 10), (y, i) => (i < 7 ? 1 - y : y)) },
      },
      Float64Array.from(tenDays),
      { size: "1w", mode: "sliding" },
      "accuracy_score",
      0.5,
    );
    expect(part.details[1]).toMatchObject({
      rows: [
        ["2026-01-01…2026-01-07", 7, 1, 0],
        ["2026-01-08…2026-01-10 (partial, 3 of 7 days)", 3, 0, 1],
      ],
    });
    expect(part.metrics.window_win_rate).toEqual({ value: 1, n: 1, greaterIsBetter: true });
  });
});
