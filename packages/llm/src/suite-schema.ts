import { ConfigPathSchema, GatesSchema } from "@mlops/core";
import * as z from "zod";
import { AssertionSchema, JUDGED_TYPES } from "./assertions/registry.ts";
import { AgreementSchema } from "./judge-agreement.ts";
import { PairwiseSchema } from "./pairwise.ts";
import { ProviderSchema } from "./provider-schema.ts";
import { RedteamSchema } from "./redteam-schema.ts";

export { type ProviderConfig, ProviderSchema } from "./provider-schema.ts";

/** An eval suite (`evals/*.yaml`): which prompts, on which models, over which cases, judged how, gated how. */

export const JudgeSchema = ProviderSchema.extend({
  embedding_model: z
    .string()
    .min(1)
    .optional()
    .describe("Embeddings model of the judge's endpoint (answer-relevancy), e.g. text-embedding-3-small"),
})
  .superRefine((judge, ctx) => {
    // An Azure client is bound to one deployment, the judge's chat model.
    if (judge.type === "azure" && judge.embedding_model)
      ctx.addIssue({
        code: "custom",
        path: ["embedding_model"],
        message:
          "embedding_model is not supported for an azure judge: use an openai or openai-compatible judge",
      });
  })
  .describe(
    "The model that grades the LLM-judged assertions (faithfulness, context-precision, llm-rubric, …): a provider like those in providers, with its own limits, cache entries and cost line",
  );

const DatasetSchema = z.union([
  ConfigPathSchema.describe("Path of a .jsonl or .csv file, relative to the suite"),
  z
    .object({
      path: ConfigPathSchema,
      format: z.enum(["jsonl", "csv"]).optional().describe("Default: from the file extension"),
      limit: z.number().int().positive().optional(),
    })
    .strict(),
]);

export const TestCaseSchema = z
  .object({
    id: z.string().min(1).optional().describe("Stable case id (default: position)"),
    description: z.string().optional(),
    vars: z.record(z.string(), z.unknown()).default({}),
    assert: z.array(AssertionSchema).default([]),
    threshold: z.number().min(0).max(1).optional().describe("Pass when the weighted score reaches this"),
    tags: z.array(z.string()).default([]),
    critical: z.boolean().default(false).describe("A regression on a critical case fails the gate alone"),
  })
  .strict();
export type TestCase = z.output<typeof TestCaseSchema>;

export const BudgetsSchema = z
  .object({
    total_usd: z
      .number()
      .min(0)
      .optional()
      .describe("Maximum total cost; the run starts no call that would exceed it (the rest are skipped)"),
    usd_per_case: z.number().min(0).optional().describe("Maximum mean cost per case"),
    p95_latency_ms: z.number().min(0).optional(),
    total_tokens: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe("Maximum total tokens; the run starts no call that would exceed it (the rest are skipped)"),
  })
  .strict();

export const SuiteSchema = z
  .object({
    description: z.string().optional(),
    prompts: z
      .array(ConfigPathSchema)
      .min(1)
      .describe("Prompt files, relative to the suite (or to prompts_dir): each is evaluated on every case"),
    prompts_dir: ConfigPathSchema.prefault("../prompts").describe("Where prompt files and _partials live"),
    providers: z.array(ProviderSchema).min(1),
    judge: JudgeSchema.optional(),
    pairwise: PairwiseSchema.optional(),
    datasets: z.array(DatasetSchema).default([]),
    tests: z.array(TestCaseSchema).default([]).describe("Inline cases"),
    vars: z
      .record(z.string(), z.string())
      .default({})
      .describe("Variable mapping: prompt variable → dataset column (when the names differ)"),
    defaults: z
      .object({
        assert: z.array(AssertionSchema).default([]),
        threshold: z.number().min(0).max(1).optional(),
        vars: z.record(z.string(), z.unknown()).default({}),
      })
      .strict()
      .default({ assert: [], vars: {} })
      .describe("Applied to every case"),
    repeat: z.number().int().positive().default(1).describe("Calls per case (each cached separately)"),
    gates: GatesSchema.default([]),
    budgets: BudgetsSchema.default({}),
    tags: z.array(z.string()).default([]),
    agreement: AgreementSchema.optional(),
    redteam: RedteamSchema.optional().describe(
      "Adversarial and safety probes: each probe, through each strategy, is a case judged by detectors",
    ),
  })
  .strict()
  .superRefine((suite, ctx) => {
    if (suite.judge) return;
    if (suite.pairwise)
      ctx.addIssue({
        code: "custom",
        path: ["pairwise"],
        message: "pairwise comparison is done by a judge model: add judge: (a provider) to the suite",
      });
    const lists: Array<[readonly { type: string }[], (string | number)[]]> = [
      [suite.defaults.assert, ["defaults", "assert"]],
      ...suite.tests.map((t, i): [readonly { type: string }[], (string | number)[]] => [
        t.assert,
        ["tests", i, "assert"],
      ]),
    ];
    for (const [list, at] of lists)
      list.forEach((a, i) => {
        if (JUDGED_TYPES.includes(a.type))
          ctx.addIssue({
            code: "custom",
            path: [...at, i, "type"],
            message: `"${a.type}" is graded by a judge model: add judge: (a provider) to the suite`,
          });
      });
  });
export type Suite = z.output<typeof SuiteSchema>;

export const llmSchemas: Record<string, { schema: z.ZodType; io: "input" }> = {
  "eval-suite": { schema: SuiteSchema, io: "input" },
};
