import { ConfigPathSchema, UserCommandEnvSchema } from "@mlops/core";
import * as z from "zod";
import { RegistryConfigSchema } from "./registry-config.ts";
import { ALIAS_NAME, MODEL_NAME } from "./registry-schema.ts";

const DURATION = /^\d+(\.\d+)?(ms|s|m)$/;

const CanaryMetricSchema = z
  .object({
    name: z.string().min(1).describe("How the metric is named in the log and the report, e.g. error_rate"),
    url: z
      .string()
      .optional()
      .describe(
        "Answers the value, as a number or JSON (see path); {version}, {track} and {weight} are replaced",
      ),
    command: z
      .string()
      .optional()
      .describe(
        "Prints the value, as a number or JSON (see path); {version}, {track} and {weight} are replaced",
      ),
    path: z
      .string()
      .optional()
      .describe("Where the number is in a JSON answer, e.g. data.result.0.value.1 for a Prometheus query"),
    max: z.number().optional().describe("The step fails when a measurement is above this"),
    min: z.number().optional().describe("The step fails when a measurement is below this"),
    failure_limit: z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe("Measurements out of bounds (or not measurable) tolerated before the step fails"),
  })
  .strict()
  .refine((m) => (m.url === undefined) !== (m.command === undefined), {
    message: "set exactly one of url and command",
  })
  .refine((m) => m.max !== undefined || m.min !== undefined, { message: "set max, min or both" });

const CanaryAnalysisSchema = z
  .object({
    interval: z
      .string()
      .regex(DURATION, "a duration like 30s or 1m")
      .default("30s")
      .describe("Time between measurements during a step's pause"),
    metrics: z.array(CanaryMetricSchema).min(1),
  })
  .strict();
export type CanaryAnalysis = z.output<typeof CanaryAnalysisSchema>;
export type CanaryMetric = CanaryAnalysis["metrics"][number];

export const DeployConfigSchema = z
  .object({
    model: z.string().regex(MODEL_NAME, "letters, digits, - and _"),
    registry: RegistryConfigSchema,
    alias: z.string().regex(ALIAS_NAME).default("champion").describe("The alias whose version is deployed"),
    environment: z.string().min(1).default("production").describe("GitHub Environment of the deployment"),
    strategy: z
      .discriminatedUnion("type", [
        z.object({ type: z.literal("rolling") }).strict(),
        z
          .object({
            type: z.literal("canary"),
            steps: z
              .array(z.number().int().min(1).max(100))
              .min(1)
              .default([10, 50, 100])
              .describe("Percent of traffic on the new version at each step; 100 is added when missing"),
            pause: z
              .string()
              .regex(DURATION, "a duration like 5m, 30s or 500ms")
              .default("0s")
              .describe(
                "How long each canary step serves its share before the next step (Argo Rollouts' pause)",
              ),
            analysis: CanaryAnalysisSchema.optional().describe(
              "Metrics measured while each canary step serves, every interval of its pause; one out of bounds more often than its failure_limit fails the step and rolls back",
            ),
          })
          .strict(),
        z.object({ type: z.literal("blue-green") }).strict(),
        z
          .object({ type: z.literal("shadow") })
          .strict()
          .describe("Mirror traffic to the new version; serve none"),
      ])
      .default({ type: "rolling" }),
    templates: ConfigPathSchema.prefault("deploy/templates").describe(
      "Folder of Kubernetes manifest templates rendered once per track ({{ name }}, {{ version }}, …)",
    ),
    route: z
      .object({
        name: z.string().min(1).describe("Name of the Gateway API HTTPRoute"),
        gateway: z.string().min(1).describe("The parent Gateway"),
        hostname: z.string().optional(),
        port: z.number().int().positive().default(8080),
      })
      .strict(),
    apply: z
      .string()
      .min(1)
      .describe("Command that applies a folder of manifests, e.g. kubectl apply -f {manifests}"),
    health: z
      .object({
        url: z
          .string()
          .optional()
          .describe("Polled until it answers 2xx; {version} and {track} are replaced"),
        command: z.string().optional().describe("Run until it exits 0; {version} and {track} are replaced"),
        timeout: z.string().regex(DURATION, "a duration like 30s, 2m or 500ms").default("60s"),
        interval: z.string().regex(DURATION, "a duration like 2s or 500ms").default("2s"),
      })
      .strict()
      .refine((h) => (h.url === undefined) !== (h.command === undefined), {
        message: "set exactly one of url and command",
      }),
    env: UserCommandEnvSchema.describe(
      `Variables for the apply and health commands, on top of the step's environment without its runner files, tokens, action inputs and secrets; \${NAME} passes the step's NAME (e.g. a cluster credential)`,
    ),
    environment_url: z.string().optional().describe("Shown on the deployment in GitHub"),
  })
  .strict();
export type DeployConfig = z.output<typeof DeployConfigSchema>;

export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)$/.exec(text)!;
  return Number(m[1]) * { ms: 1, s: 1000, m: 60_000 }[m[2] as "ms" | "s" | "m"];
}
