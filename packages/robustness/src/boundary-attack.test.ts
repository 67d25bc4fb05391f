import { Xoshiro128 } from "@mlops/stats";
import { describe, expect, it } from "vitest";
import { boundaryAttack } from "./boundary-attack.ts";
import { AttackSchema } from "./evaluate-robustness-config.ts";
import { featureSpec } from "./feature-spec.ts";
import { standardNormal } from "./gaussian-noise.ts";

const NAMES = ["usage", "income", "score", "age", "plan"];

/** Rows of three numbers on very different scales, an immutable age and a category. */
function dataset(n: number, seed: number): string[][] {
  const rng = new Xoshiro128(seed);
  const plans = ["basic", "plus", "gold"];
  return Array.from({ length: n }, () => [
    (50 + 10 * standardNormal(rng)).toFixed(3),
    (5000 + 1000 * standardNormal(rng)).toFixed(2),
    standardNormal(rng).toFixed(4),
    String(20 + rng.nextBelow(50)),
    plans[rng.nextBelow(3)]!,
  ]);
}

/** A logistic regression's decision: w·x + b ≥ 0, with age and plan in b. */
const W = [0.08, -0.0009, 1.5];
function logit(fields: readonly string[]): number {
  const plan = fields[4] === "gold" ? 0.7 : fields[4] === "plus" ? -0.4 : 0;
  return W.reduce((a, w, j) => a + w * Number(fields[j]), 0) + 0.5 - 0.01 * Number(fields[3]) + plan;
}

function setup(rows: string[][], immutable: string[]) {
  const features = featureSpec(
    NAMES.map((name, j) => ({ name, values: rows.map((r) => r[j]!) })),
    { immutable: new Set(immutable) },
  );
  const decisions = rows.map((r) => Number(logit(r) >= 0));
  const calls: number[] = [];
  const changed = async (asked: { row: number; fields: string[] }[]) => {
    calls.push(asked.length);
    return Uint8Array.from(asked, (a) => Number(Number(logit(a.fields) >= 0) !== decisions[a.row]));
  };
  return { features, decisions, changed, calls };
}

describe("boundaryAttack", () => {
  it("finds, within the default budget, a counterexample within 10% of the closed-form minimum for at least 90% of rows", async () => {
    const rows = dataset(400, 7);
    const { features, decisions, changed, calls } = setup(rows, ["age"]);
    const defaults = AttackSchema.parse({});
    const results = await boundaryAttack({
      rows,
      features,
      decisions,
      changed,
      options: { rows: 200, maxQueries: defaults.max_queries, seed: 3 },
    });
    expect(results).toHaveLength(200);
    // In units of each feature's standard deviation, w·x + b moves by Σ w_j s_j per unit step, so the
    // smallest change that flips the decision has length |w·x + b| / ‖w ∘ s‖.
    const scaledNorm = Math.hypot(...W.map((w, j) => w * features[j]!.sd));
    const ratios = results.map((r) => {
      expect(r.queries).toBeLessThanOrEqual(defaults.max_queries);
      const minimum = Math.abs(logit(rows[r.row]!)) / scaledNorm;
      return r.counterexample ? r.counterexample.distance / minimum : Infinity;
    });
    const close = ratios.filter((x) => x <= 1.1).length;
    expect(close / results.length).toBeGreaterThanOrEqual(0.9);
    // No counterexample is closer than the true minimum allows (rounding to 6 digits aside).
    expect(Math.min(...ratios)).toBeGreaterThan(0.999);
    for (const r of results) {
      const c = r.counterexample!;
      expect(Number(logit(c.fields) >= 0)).not.toBe(decisions[r.row]);
      expect(c.changes.map((x) => x.column).every((col) => ["usage", "income", "score"].includes(col))).toBe(
        true,
      );
    }
    // Each round is one batch for all rows still searching: far fewer calls than queries.
    const queries = results.reduce((a, r) => a + r.queries, 0);
    expect(calls.reduce((a, b) => a + b, 0)).toBe(queries);
    expect(calls.length).toBeLessThan(queries / 50);
  });

  it("moves only mutable numbers, inside declared bounds, integers as integers, and stops at the budget", async () => {
    const rows = dataset(100, 11).map((r) => [r[0]!, r[1]!, r[2]!, r[3]!, r[4]!]);
    const base = setup(rows, ["income"]);
    // usage declared in [30, 70]; age is an integer and mutable here.
    const features = base.features.map((f) => (f.name === "usage" ? { ...f, min: 30, max: 70 } : f));
    const asked: { row: number; fields: string[] }[] = [];
    const results = await boundaryAttack({
      rows,
      features,
      decisions: base.decisions,
      changed: async (batch) => {
        asked.push(...batch);
        return base.changed(batch);
      },
      options: { rows: 40, maxQueries: 60, seed: 5 },
    });
    expect(results.every((r) => r.queries <= 60)).toBe(true);
    expect(asked.length).toBe(results.reduce((a, r) => a + r.queries, 0));
    const originals = new Set(rows.map((r) => `${r[1]}|${r[4]}`));
    for (const { row, fields } of asked) {
      expect(originals.has(`${fields[1]}|${fields[4]}`)).toBe(true);
      // A value already outside the declared range widens it to itself, no further.
      const usage = Number(fields[0]);
      const original = Number(rows[row]![0]);
      expect(usage).toBeGreaterThanOrEqual(Math.min(30, original));
      expect(usage).toBeLessThanOrEqual(Math.max(70, original));
      expect(Number.isInteger(Number(fields[3]))).toBe(true);
    }
    expect(results.filter((r) => r.counterexample).length).toBeGreaterThan(30);
  });

  it("gives the same result for the same seed", async () => {
    const rows = dataset(120, 2);
    const run = () => {
      const { features, decisions, changed } = setup(rows, []);
      return boundaryAttack({
        rows,
        features,
        decisions,
        changed,
        options: { rows: 20, maxQueries: 200, seed: 9 },
      });
    };
    expect(await run()).toEqual(await run());
  });
});
