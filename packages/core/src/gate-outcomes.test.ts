import { describe, expect, it } from "vitest";
import type { Check, Metric } from "./envelope.ts";
import { checkEffect } from "./envelope.ts";
import { evaluateGate, type GateInput, type GateOptions, GateSchema } from "./gates.ts";

/**
 * Every gate outcome, one row per {state of the metric} × {kind of gate} × {sample size}: a gate passes
 * only when the metric, its baseline (for comparisons) and enough samples are there; anything else blocks
 * and says why.
 */

type State = "present" | "missing in candidate" | "missing in baseline" | "uncomputable";
type Kind = "absolute" | "max_regression" | "min_relative_change" | "non-inferiority" | "superiority";
type Size = "enough data" | "too little data";

const MIN_SAMPLES = 100;
const KINDS: Record<Kind, Omit<GateInput, "metric">> = {
  absolute: { min: 0.8 },
  max_regression: { max_regression: 0.01 },
  min_relative_change: { min_relative_change: 0.05 },
  "non-inferiority": { non_inferiority_margin: 0.01 },
  superiority: { superiority_margin: 0 },
};

function metricsFor(state: State, size: Size): Record<string, Metric> {
  const n = size === "enough data" ? 500 : 50;
  const candidate = { value: 0.85, n, greaterIsBetter: true };
  switch (state) {
    case "present":
      return {
        roc_auc: {
          ...candidate,
          baseline: { value: 0.8, label: "champion 1.0.0" },
          delta: { value: 0.05, ci: { lower: 0.02, upper: 0.08, level: 0.95 } },
        },
      };
    case "missing in candidate":
      return { accuracy_score: { value: 0.9, n, greaterIsBetter: true } };
    case "missing in baseline":
      return { roc_auc: candidate };
    case "uncomputable":
      return {
        roc_auc: {
          value: null,
          unavailable: "the labels hold one class",
          baseline: { value: null },
          n,
          greaterIsBetter: true,
        },
      };
  }
}

interface Expected {
  status: Check["status"];
  message?: string;
}

function expectedOutcome(state: State, kind: Kind, size: Size): Expected {
  if (state === "missing in candidate") return { status: "error", message: 'did you mean "accuracy_score"' };
  const tooFew = size === "too little data" ? "only 50 samples; the gate needs n ≥ 100" : undefined;
  if (state === "uncomputable") {
    return { status: "inconclusive", message: "the metric could not be computed: the labels hold one class" };
  }
  if (state === "missing in baseline" && kind !== "absolute") {
    return { status: "inconclusive", message: "the baseline has no value for roc_auc" };
  }
  return tooFew ? { status: "inconclusive", message: tooFew } : { status: "pass" };
}

const STATES: State[] = ["present", "missing in candidate", "missing in baseline", "uncomputable"];
const SIZES: Size[] = ["enough data", "too little data"];
const rows = STATES.flatMap((state) =>
  (Object.keys(KINDS) as Kind[]).flatMap((kind) =>
    SIZES.map((size) => ({ state, kind, size, ...expectedOutcome(state, kind, size) })),
  ),
);

const check = (state: State, kind: Kind, size: Size, extra: Partial<GateInput> = {}, options?: GateOptions) =>
  evaluateGate(
    GateSchema.parse({ metric: "roc_auc", min_samples: MIN_SAMPLES, ...KINDS[kind], ...extra }),
    metricsFor(state, size),
    options,
  );

describe("gate outcomes", () => {
  it("covers every state × kind × size", () => expect(rows).toHaveLength(40));

  it.each(rows)("$state, $kind, $size → $status", ({ state, kind, size, status, message }) => {
    const c = check(state, kind, size);
    expect(c.status).toBe(status);
    if (message) expect(c.message).toContain(message);
    // Only a pass lets a fail-severity gate through; nothing is skipped that the user did not ask for.
    expect(checkEffect(c) === "pass").toBe(status === "pass");
  });

  it.each(rows.filter((r) => r.status !== "pass"))(
    "optional: $state, $kind, $size → skipped only when an input is missing",
    ({ state, kind, size, status }) => {
      const c = check(state, kind, size, { optional: true });
      const missing = state !== "present" && !(state === "missing in baseline" && kind === "absolute");
      if (missing) {
        expect(c).toMatchObject({ status: "skipped", skip: "optional" });
        expect(c.message).toMatch(/^optional gate: /);
      } else {
        // Too little data is not a missing input: the gate was asked to decide and could not.
        expect(c.status).toBe(status);
      }
    },
  );

  it.each(rows.filter((r) => r.state === "missing in baseline"))(
    "first version: $kind, $size → change criteria skipped, absolute ones decide",
    ({ kind, size }) => {
      const c = check("missing in baseline", kind, size, {}, { firstVersion: true });
      if (kind === "absolute") {
        expect(c.status).toBe(size === "enough data" ? "pass" : "inconclusive");
      } else {
        expect(c).toMatchObject({ status: "skipped", skip: "first-version" });
      }
    },
  );

  it("a failing criterion is still inconclusive below min_samples, and a configuration error stays an error", () => {
    const failing = evaluateGate(GateSchema.parse({ metric: "x", min: 0.9, min_samples: 100 }), {
      x: { value: 0.5, n: 10 },
    });
    expect(failing.status).toBe("inconclusive");
    expect(failing.message).toContain("only 10 samples");
    expect(failing.message).toContain("0.5 is below 0.9");
    const noDirection = evaluateGate(GateSchema.parse({ metric: "x", threshold: 0.9, min_samples: 100 }), {
      x: { value: 0.5, n: 10 },
    });
    expect(noDirection.status).toBe("error");
  });
});
