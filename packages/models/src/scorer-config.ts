import { ConfigPathSchema, UserCommandEnvSchema } from "@mlops/core";
import * as z from "zod";
import { DurationSchema } from "./duration.ts";

export const CommandScorerSchema = z
  .object({
    type: z.literal("command"),
    command: z
      .string()
      .min(1)
      .describe("Predict command; {model}, {input} (CSV of feature columns) and {output} are filled in"),
    batch_size: z.number().int().positive().default(250_000).describe("Rows per command run"),
    timeout: DurationSchema.prefault("10m").describe("Per batch, e.g. 10m"),
    env: UserCommandEnvSchema,
  })
  .strict();

export const HttpScorerSchema = z
  .object({
    type: z.literal("http"),
    url: z.string().url().describe("Base URL of the model server, e.g. http://localhost:8080"),
    dialect: z
      .enum(["fastapi", "mlflow", "kserve"])
      .default("fastapi")
      .describe(
        "fastapi: POST <url> {features}; mlflow: POST <url>/invocations; kserve: POST <url>/v2/models/<name>/infer",
      ),
    model_name: z.string().optional().describe("KServe model name (default: the model's name)"),
    batch_size: z.number().int().positive().default(256),
    concurrency: z.number().int().positive().max(64).default(4),
    retries: z
      .number()
      .int()
      .min(0)
      .max(10)
      .default(3)
      .describe("Retries on 429, 5xx, timeouts and dropped connections"),
    timeout: DurationSchema.prefault("30s").describe("Per request"),
    headers: z
      .record(z.string(), z.string())
      .default({})
      .describe(`Extra headers; values may use \${ENV_VAR}`),
  })
  .strict();

export const PredictionsScorerSchema = z
  .object({
    type: z.literal("predictions"),
    file: ConfigPathSchema.describe(
      "Precomputed predictions, one per backtest row, in order (CSV, JSON or JSONL)",
    ),
  })
  .strict();

export const ScorerSchema = z.discriminatedUnion("type", [
  CommandScorerSchema,
  HttpScorerSchema,
  PredictionsScorerSchema,
]);
export type ScorerConfig = z.output<typeof ScorerSchema>;
export type CommandScorerConfig = z.output<typeof CommandScorerSchema>;
export type HttpScorerConfig = z.output<typeof HttpScorerSchema>;
export type PredictionsScorerConfig = z.output<typeof PredictionsScorerSchema>;
