import { ConfigPathSchema, GatesSchema } from "@mlops/core";
import { RegistryConfigSchema } from "@mlops/registry";
import { isMetricName, METRIC_NAMES } from "@mlops/stats";
import * as z from "zod";
import { ScorerSchema } from "./scorer-config.ts";
import { TrainSchema } from "./training-run.ts";
import { WindowsSchema } from "./walk-forward.ts";

const MetricNameSchema = z
  .string()
  .refine(isMetricName, { message: `a metric name (${METRIC_NAMES.join(", ")})` });

/** The model's name in the registry. */
export const ModelNameSchema = z
  .string()
  .regex(/^[a-zA-Z0-9]([a-zA-Z0-9_-]*[a-zA-Z0-9])?$/)
  .describe("The model's name in the registry");

/** The challenger's model file and scorer override. */
export const ChallengerSchema = z
  .object({
    model: ConfigPathSchema.optional().describe("Model file to backtest instead of training one"),
    scorer: ScorerSchema.optional().describe("Overrides the shared scorer for the challenger"),
  })
  .strict()
  .default({});

/** Where the champion is and how to score it. */
export const ChampionSchema = z
  .object({
    registry: RegistryConfigSchema.describe(
      "The registry holding the champion: a folder (relative to this file), or { type: mlflow, tracking_uri }",
    ),
    ref: z.string().optional().describe("Model reference, default <model>@champion"),
    scorer: ScorerSchema.optional().describe(
      "Overrides the shared scorer for the champion, e.g. production's endpoint",
    ),
  })
  .strict()
  .prefault({});

/** How many bootstrap resamples, at which confidence level, from which seed. */
export const BootstrapSchema = z
  .object({
    resamples: z.number().int().min(100).default(2000),
    level: z.number().gt(0).lt(1).default(0.95),
    seed: z.number().int().default(0),
  })
  .strict()
  .default({ resamples: 2000, level: 0.95, seed: 0 });

/** The shared scorer, for both models unless overridden. */
export const SharedScorerSchema = ScorerSchema.optional().describe(
  "How to get predictions, for both models unless overridden",
);

export const TrainValidateConfigSchema = z
  .object({
    model: ModelNameSchema,
    version: z.string().optional().describe("Version label of the challenger (default: the short git sha)"),
    task: z.enum(["classification", "regression"]).default("classification"),
    train: TrainSchema.optional().describe(
      "How to train the challenger; omit to backtest challenger.model as is",
    ),
    challenger: ChallengerSchema,
    champion: ChampionSchema,
    data: z
      .object({
        path: ConfigPathSchema.describe(
          "Backtest data: CSV or TSV with a header, JSON Lines or Parquet, optionally gzipped",
        ),
        label: z.string().describe("Label column: 0/1 for classification, a number for regression"),
        time: z
          .string()
          .optional()
          .describe("Date column (YYYY-MM-DD or ISO 8601), for walk-forward windows"),
        id: z.string().optional().describe("Row id column; never sent to the model"),
        features: z
          .array(z.string())
          .optional()
          .describe("Columns sent to the model (default: all but label and id)"),
      })
      .strict(),
    scorer: SharedScorerSchema,
    backtest: z
      .object({
        metrics: z.array(MetricNameSchema).optional().describe("Default: every metric of the task"),
        primary_metric: MetricNameSchema.optional().describe(
          "For segments and windows; default roc_auc or RMSE",
        ),
        threshold: z
          .number()
          .gt(0)
          .lt(1)
          .default(0.5)
          .describe("Probability at or above which a row is positive"),
        segments: z.array(z.string()).default([]).describe("Columns to slice by"),
        max_segment_values: z.number().int().positive().default(20),
        windows: WindowsSchema.optional(),
        bootstrap: BootstrapSchema,
      })
      .strict()
      .default({
        threshold: 0.5,
        segments: [],
        max_segment_values: 20,
        bootstrap: { resamples: 2000, level: 0.95, seed: 0 },
      }),
    gates: GatesSchema.default([]),
  })
  .strict();
export type TrainValidateConfig = z.output<typeof TrainValidateConfigSchema>;
