import { describe, expect, it } from "vitest";
import { disparity } from "./disparities.ts";

/**
 * Two groups by hand. a: tp 3, fp 1, tn 4, fn 2 (precision 3/4, error rate 3/10, FNR 2/5);
 * b: tp 1, fp 3, tn 5, fn 1 (precision 1/4, error rate 4/10, FNR 1/2). Overall: tp 4, fp 4, tn 9, fn 3
 * (precision 1/2, error rate 7/20, FNR 3/7).
 */
const a = { tp: 3, fp: 1, tn: 4, fn: 2 };
const b = { tp: 1, fp: 3, tn: 5, fn: 1 };
const overall = { tp: 4, fp: 4, tn: 9, fn: 3 };
const between = { method: "between_groups", agg: "worst_case" } as const;
const toOverall = { method: "to_overall", agg: "worst_case" } as const;

describe("disparity", () => {
  it("predictive parity difference is the spread of precision", () => {
    expect(disparity("predictive_parity_difference", [a, b], overall, between)).toBeCloseTo(0.5, 15);
    expect(disparity("predictive_parity_difference", [a, b], overall, toOverall)).toBeCloseTo(0.25, 15);
  });

  it("error-rate difference is the spread of 1 − accuracy", () => {
    expect(disparity("error_rate_difference", [a, b], overall, between)).toBeCloseTo(0.1, 15);
    expect(disparity("error_rate_difference", [a, b], overall, toOverall)).toBeCloseTo(0.05, 15);
  });

  it("false-negative-rate difference is the spread of the FNR; undefined for a group with no positives", () => {
    expect(disparity("false_negative_rate_difference", [a, b], overall, between)).toBeCloseTo(0.1, 15);
    expect(disparity("false_negative_rate_difference", [a, b], overall, toOverall)).toBeCloseTo(
      0.5 - 3 / 7,
      15,
    );
    const noPositives = { tp: 0, fp: 2, tn: 3, fn: 0 };
    expect(disparity("false_negative_rate_difference", [a, noPositives], overall, between)).toBeNull();
  });
});
