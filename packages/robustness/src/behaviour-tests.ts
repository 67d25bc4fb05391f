import { Xoshiro128 } from "@mlops/stats";
import * as z from "zod";
import { numberCell, numberOf } from "./detector.ts";
import type { Feature } from "./feature-spec.ts";
import { type CellChange, type PerturbedCase, sampleRows } from "./perturb-rows.ts";

const testName = z.string().regex(/^[A-Za-z0-9_.:-]+$/);

/** What every behavioural test has: the verdict's bar. */
const verdict = {
  threshold: z.number().min(0).max(1).default(0).describe("Largest acceptable share of failing cases"),
  severity: z.enum(["fail", "warn"]).default("fail"),
};

const cellValue = z.union([z.string(), z.number(), z.boolean()]);

/** What CheckList's invariance and directional tests share: the column, the rows, the verdict's bar. */
const common = {
  name: testName.optional().describe("The test's name in metrics and checks (default: <type>:<column>)"),
  column: z
    .string()
    .min(1)
    .describe("The feature the test changes (immutable columns too: that is the point)"),
  sample: z.number().int().positive().default(1000).describe("Rows to test (all rows when fewer)"),
  seed: z.number().int().default(0),
  ...verdict,
};

export const BehaviourTestSchema = z.discriminatedUnion("type", [
  z
    .object({
      type: z.literal("invariance"),
      ...common,
      values: z
        .array(z.string())
        .min(1)
        .optional()
        .describe("Values to set the column to (default: every observed value)"),
      tolerance: z
        .number()
        .min(0)
        .default(0.1)
        .describe("A case also fails when the score moves by more than this, decision kept or not"),
    })
    .strict(),
  z
    .object({
      type: z.literal("directional"),
      ...common,
      change: z
        .union([
          z.object({ multiply: z.number().positive() }).strict(),
          z.object({ add: z.number() }).strict(),
        ])
        .describe("How to raise (or lower) the column, e.g. { multiply: 1.1 } or { add: 100 }"),
      expect: z
        .enum(["increase", "decrease"])
        .describe("The way the score may move; moving the other way fails"),
      tolerance: z.number().min(0).default(0).describe("Movement the other way up to this is tolerated"),
    })
    .strict(),
  z
    .object({
      type: z.literal("minimum_functionality"),
      name: testName.describe("The test's name in metrics and checks"),
      ...verdict,
      defaults: z
        .record(z.string(), cellValue)
        .default({})
        .describe("Feature values every case has unless it sets its own"),
      cases: z
        .array(
          z
            .object({
              values: z.record(z.string(), cellValue).describe("The case's feature values"),
              expect: z
                .number()
                .describe(
                  "Classification: the expected decision (1 when the probability reaches the threshold, else 0) or label; regression: the expected value",
                ),
            })
            .strict(),
        )
        .min(1)
        .describe("Rows written out with the answer the model must give (CheckList's MFT)"),
      tolerance: z
        .number()
        .min(0)
        .default(0)
        .describe("Regression: how far the value may be from the expected one"),
    })
    .strict(),
]);
export type BehaviourTest = z.output<typeof BehaviourTestSchema>;

export type MinimumFunctionalityTest = Extract<BehaviourTest, { type: "minimum_functionality" }>;
export type PerturbationTest = Exclude<BehaviourTest, MinimumFunctionalityTest>;

export function behaviourTestName(test: BehaviourTest): string {
  return test.type === "minimum_functionality" ? test.name : (test.name ?? `${test.type}:${test.column}`);
}

/**
 * The test's cases on a seeded sample of rows: for invariance one case per row and other value, for a
 * directional test one per row with a number to change. `column` is the index of the test's feature.
 */
export function behaviourCases(
  rows: readonly (readonly string[])[],
  feature: Feature,
  column: number,
  test: PerturbationTest,
): PerturbedCase[] {
  const sample = sampleRows(rows.length, test.sample, new Xoshiro128(test.seed));
  const cases: PerturbedCase[] = [];
  const withValue = (row: number, to: string) => {
    const fields = [...rows[row]!];
    const change: CellChange = { column: feature.name, from: fields[column]!, to };
    fields[column] = to;
    cases.push({ row, fields, changes: [change] });
  };
  for (const row of sample) {
    const cell = rows[row]![column]!;
    if (test.type === "invariance") {
      const values = test.values ?? feature.values.map(([v]) => v);
      for (const value of values) if (value !== cell) withValue(row, value);
    } else {
      const x = numberOf(cell);
      if (x === undefined) continue;
      const y = "multiply" in test.change ? x * test.change.multiply : x + test.change.add;
      const to = numberCell(y, feature, x, true);
      if (to !== cell) withValue(row, to);
    }
  }
  return cases;
}
