import path from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError, ConfigPathSchema } from "@mlops/core";
import * as z from "zod";
import { defineAssertion, verdict } from "./definition.ts";
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
    const exportName = a.export ?? "default";
    const mod = (await import(pathToFileURL(path.resolve(ctx.baseDir, a.module)).href)) as Record<
      string,
      unknown
    >;
    const fn = mod[exportName];
    if (typeof fn !== "function") {
      throw new ConfigError(`grader module ${a.module} has no function export "${exportName}"`, {
        location: { file: a.module },
      });
    }
    const out: unknown = await fn(ctx.output, { vars: ctx.vars, value: a.value, latencyMs: ctx.latencyMs });
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
