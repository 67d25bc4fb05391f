import { ConfigError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import type { DeLongResult } from "./delong.ts";
import { delongTest } from "./delong.ts";
import { rocAuc } from "./ranking-metrics.ts";
import { expectClose } from "./test-support/expect-close.ts";
import { loadFixture } from "./test-support/fixtures.ts";

type Case = DeLongResult & {
  name: string;
  labels: number[];
  candidate: number[];
  baseline: number[];
  level: number;
};

const cases = loadFixture<Case[]>("delong.json");

describe("delongTest", () => {
  it.each(cases.map((c) => [c.name, c] as const))("matches the O(n²) textbook DeLong: %s", (_name, c) => {
    const result = delongTest(c.labels, c.candidate, c.baseline, { level: c.level })!;
    expectClose(result.candidateAuc, c.candidateAuc);
    expectClose(result.baselineAuc, c.baselineAuc);
    expectClose(result.difference, c.difference);
    expectClose(result.covariance.candidate, c.covariance.candidate);
    expectClose(result.covariance.baseline, c.covariance.baseline);
    expectClose(result.covariance.between, c.covariance.between);
    expectClose(result.standardError, c.standardError);
    expectClose(result.z, c.z);
    expectClose(result.pValue, c.pValue, 1e-9, 1e-300);
    expectClose(result.ci.lower, c.ci.lower);
    expectClose(result.ci.upper, c.ci.upper);
    expect(result.ci.level).toBe(c.level);
  });

  it("reports the same AUCs as rocAuc", () => {
    const c = cases[1]!;
    const result = delongTest(c.labels, c.candidate, c.baseline)!;
    expectClose(result.candidateAuc, rocAuc(c.labels, c.candidate));
  });

  it("needs two positives and two negatives", () => {
    expect(delongTest([1, 0, 0], [0.9, 0.1, 0.2], [0.8, 0.3, 0.1])).toBeNull();
    expect(() => delongTest([1, 0], [0.5, 0.5], [0.5, 0.5], { level: 1 })).toThrow(ConfigError);
  });

  it("is certain when the difference has no variance", () => {
    const labels = [1, 1, 0, 0];
    const result = delongTest(labels, [0.9, 0.8, 0.2, 0.1], [0.5, 0.5, 0.5, 0.5])!;
    expect(result.difference).toBe(0.5);
    expect(result).toMatchObject({ standardError: 0, z: Number.POSITIVE_INFINITY, pValue: 0 });
  });
});
