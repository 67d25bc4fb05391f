import path from "node:path";
import { ConfigError, ConfigPathSchema } from "@mlops/core";
import * as z from "zod";
import { defineAssertion, verdict } from "./definition.ts";
import { callGrader } from "./grader-host.ts";
import { similarity } from "./similarity.ts";

/** A grader the user writes: an ES module function returning a boolean, a 0–1 score or a result. */
export const custom = defineAssertion({
  type: "custom",
  description:
    "A grader module: (output, { vars, value, latencyMs }) => boolean | score | { pass, score, reason }",
  negatable: true,
  config: z
    .object({
      module: ConfigPathSchema.describe("Path of an ES module, relative to the suite file"),
      export: z.string().min(1).optional().describe("Export name (default: the default export)"),
      value: z.unknown().optional().describe("Passed to the grader as value"),
      threshold: z
        .number()
        .min(0)
        .max(1)
        .optional()
        .describe("Lowest score that passes when the grader returns a score (default 0.5)"),
    })
    .strict(),
  grade: async (a, ctx) => {
    const out = await callGrader(
      {
        module: path.resolve(ctx.baseDir, a.module),
        exportName: a.export ?? "default",
        output: ctx.output,
        context: { vars: ctx.vars, value: a.value, latencyMs: ctx.latencyMs },
      },
      a.module,
    ).catch((e: unknown) => {
      if (e instanceof ConfigError) {
        throw new ConfigError(`grader module ${a.module} ${e.message}`, { location: { file: a.module } });
      }
      throw e;
    });
    if (typeof out === "boolean") return verdict(out, `custom grader returned ${out}`);
    if (typeof out === "number") return similarity("custom score", out, a.threshold ?? 0.5);
    if (out && typeof out === "object" && "pass" in out) {
      const r = out as { pass: boolean; score?: number; reason?: string };
      return {
        pass: Boolean(r.pass),
        score: r.score ?? (r.pass ? 1 : 0),
        reason: r.reason ?? "custom grader",
      };
    }
    throw new ConfigError(
      `grader module ${a.module} returned ${typeof out}; return a boolean, a 0–1 score or { pass, score?, reason? }`,
      { location: { file: a.module } },
    );
  },
});
