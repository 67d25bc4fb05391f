import { ConfigPathSchema, GatesSchema } from "@mlops/core";
import { ChallengerSchema, ChampionSchema, ModelNameSchema, SharedScorerSchema } from "@mlops/models";
import * as z from "zod";
import { BehaviourTestSchema } from "./behaviour-tests.ts";
import { DetectorConfigSchema } from "./detector-registry.ts";

/** A sanity check that scores a sample of rows again: on by default, `false` to skip. */
function rescoreSchema(sample: number, description: string) {
  return z
    .union([
      z.literal(false),
      z
        .object({
          sample: z.number().int().positive().default(sample).describe("Rows scored again"),
          seed: z.number().int().default(23),
          severity: z.enum(["fail", "warn"]).default("warn"),
        })
        .strict(),
    ])
    .default({ sample, seed: 23, severity: "warn" })
    .describe(description);
}

/** The decision-based attack: off unless configured. */
export const AttackSchema = z
  .object({
    rows: z.number().int().positive().default(200).describe("Rows to attack (all rows when fewer)"),
    max_queries: z
      .number()
      .int()
      .min(10)
      .default(1000)
      .describe("Model queries allowed per row; queries are sent in one batch per round for all rows"),
    epsilon: z
      .number()
      .positive()
      .default(0.5)
      .describe(
        "Perturbation budget: a counterexample counts as a successful attack when its L2 size, each feature in units of its standard deviation, is at most this",
      ),
    seed: z.number().int().default(0),
    threshold: z
      .number()
      .min(0)
      .max(1)
      .default(0.05)
      .describe("Largest acceptable share of attacked rows with a counterexample within epsilon"),
    severity: z.enum(["fail", "warn"]).default("fail"),
  })
  .strict();

/**
 * `evaluate-robustness.yml`: the models and scorers as train-validate has them, the evaluation rows,
 * which columns must never change, and the perturbation detectors (Giskard's defaults).
 */
export const EvaluateRobustnessConfigSchema = z
  .object({
    model: ModelNameSchema,
    version: z.string().optional().describe("Version label of the challenger (default: the short git sha)"),
    task: z.enum(["classification", "regression"]).default("classification"),
    challenger: ChallengerSchema,
    champion: ChampionSchema,
    scorer: SharedScorerSchema,
    data: z
      .object({
        path: ConfigPathSchema.describe(
          "Evaluation rows: CSV or TSV with a header, JSON Lines or Parquet, optionally gzipped",
        ),
        label: z.string().optional().describe("Label column, never sent to the model nor perturbed"),
        id: z.string().optional().describe("Row id column; never sent to the model"),
        features: z
          .array(z.string())
          .optional()
          .describe("Columns sent to the model (default: all but label and id)"),
      })
      .strict(),
    contract: ConfigPathSchema.optional().describe(
      "Data contract giving each column's type, range and allowed values; perturbations stay inside them",
    ),
    immutable: z
      .array(z.string().min(1))
      .default([])
      .refine((a) => new Set(a).size === a.length, { message: "each column once" })
      .describe("Features no perturbation may change: an id, a date, a sensitive attribute"),
    threshold: z
      .number()
      .gt(0)
      .lt(1)
      .default(0.5)
      .describe("Probability at or above which a row is a positive decision; a flip across it is a failure"),
    output_sensitivity: z
      .number()
      .positive()
      .default(0.05)
      .describe("Regression: a relative change of the output above this is a failure"),
    detectors: z
      .array(DetectorConfigSchema)
      .min(1)
      .optional()
      .describe("Perturbation detectors to run (default: every one with its defaults)"),
    behaviour: z
      .array(BehaviourTestSchema)
      .default([])
      .describe(
        "CheckList's tests: invariance (setting column to other values must not change the answer) and directional (raising column must not move the score the wrong way)",
      ),
    stochasticity: rescoreSchema(
      100,
      "Score some rows twice: a model that answers the same row differently is flaky, and part of every fail rate is then noise, not fragility (false: skip)",
    ),
    batch_dependence: rescoreSchema(
      10,
      "Score some rows one per call: a model whose answer for a row depends on the rest of the batch fails (Giskard's data leakage check; false: skip)",
    ),
    attack: AttackSchema.optional().describe(
      "A decision-based black-box attack (HopSkipJump-style) on the mutable numeric features: the smallest change that flips each row's outcome, within a query budget",
    ),
    level: z.number().gt(0).lt(1).default(0.95).describe("Confidence level of the fail-rate intervals"),
    fragile_rows: z
      .number()
      .int()
      .nonnegative()
      .default(10)
      .describe("How many of the most fragile rows to show, each as a column-by-column diff"),
    gates: GatesSchema.default([]),
  })
  .strict();
export type EvaluateRobustnessConfig = z.output<typeof EvaluateRobustnessConfigSchema>;

/** The config files this package defines, for `npm run schemas`. */
export const robustnessSchemas: Record<string, { schema: z.ZodType; io: "input" | "output" }> = {
  "evaluate-robustness": { schema: EvaluateRobustnessConfigSchema, io: "input" },
};
