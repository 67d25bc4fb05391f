import { ConfigPathSchema, GatesSchema } from "@mlops/core";
import * as z from "zod";
import {
  BootstrapSchema,
  ChallengerSchema,
  ChampionSchema,
  ModelNameSchema,
  SharedScorerSchema,
} from "./train-validate-config.ts";

/**
 * `evaluate-bias.yml`: the models and scorers exactly as train-validate has them, the evaluation data
 * with its sensitive columns, and the fairness options (Fairlearn's names and defaults).
 */
export const EvaluateBiasConfigSchema = z
  .object({
    model: ModelNameSchema,
    version: z.string().optional().describe("Version label of the challenger (default: the short git sha)"),
    challenger: ChallengerSchema,
    champion: ChampionSchema,
    scorer: SharedScorerSchema,
    task: z
      .enum(["classification", "regression"])
      .default("classification")
      .describe(
        "classification: 0/1 labels, decisions at the threshold, rates and Fairlearn's disparities; regression: numeric labels, per-group MAE, mean prediction and mean residual",
      ),
    data: z
      .object({
        path: ConfigPathSchema.describe(
          "Evaluation data: CSV or TSV with a header, JSON Lines or Parquet, optionally gzipped",
        ),
        label: z.string().describe("Label column: 0/1 for classification, a number for regression"),
        id: z.string().optional().describe("Row id column; never sent to the model"),
        features: z
          .array(z.string())
          .optional()
          .describe("Columns sent to the model (default: all but label and id)"),
      })
      .strict(),
    sensitive: z
      .array(z.string().min(1))
      .min(1)
      .refine((a) => new Set(a).size === a.length, { message: "each sensitive column once" })
      .describe("Sensitive columns: groups are their values and the intersections of all of them"),
    bins: z
      .record(
        z.string(),
        z
          .array(z.number())
          .min(1)
          .refine((e) => e.every((x, i) => i === 0 || x > e[i - 1]!), { message: "ascending edges" }),
      )
      .default({})
      .describe("Numeric sensitive columns cut at these ascending edges, e.g. age: [18, 30, 45, 65]"),
    threshold: z
      .number()
      .gt(0)
      .lt(1)
      .default(0.5)
      .describe("Probability at or above which a row is a positive decision"),
    threshold_sweep: z
      .array(z.number().gt(0).lt(1))
      .min(1)
      .optional()
      .describe(
        "Thresholds at which to list every group's selection rate, TPR and FPR, e.g. [0.3, 0.5, 0.7]",
      ),
    min_group_size: z
      .number()
      .int()
      .positive()
      .default(30)
      .describe("Groups with fewer rows are reported as insufficient data; disparities over them undecided"),
    method: z
      .enum(["between_groups", "to_overall"])
      .default("between_groups")
      .describe("Fairlearn's method: compare groups with each other, or each group with the overall value"),
    agg: z
      .enum(["worst_case", "mean"])
      .default("worst_case")
      .describe("How equalized odds combines its TPR and FPR parts"),
    privileged: z
      .record(z.string(), z.string())
      .optional()
      .describe("Column → privileged value, for AIF360's privileged/unprivileged metrics"),
    counterfactual: z
      .boolean()
      .default(false)
      .describe(
        "Score every row again with each sensitive column set to each other observed value, and report the share of decisions that change",
      ),
    policy: z
      .literal("four-fifths")
      .optional()
      .describe(
        "A named policy, opt-in: four-fifths gates demographic_parity_ratio ≥ 0.8 (a US employment-law rule of thumb)",
      ),
    bootstrap: BootstrapSchema,
    gates: GatesSchema.default([]),
  })
  .strict()
  .superRefine((config, ctx) => {
    if (config.task !== "regression") return;
    // These are about 0/1 decisions, which a regressor does not make.
    for (const key of ["threshold_sweep", "privileged", "counterfactual", "policy"] as const) {
      if (config[key] !== undefined && config[key] !== false) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `${key} needs 0/1 decisions: it applies to task: classification only`,
        });
      }
    }
  });
export type EvaluateBiasConfig = z.output<typeof EvaluateBiasConfigSchema>;
