import * as z from "zod";
import { outputJson } from "./contains-json.ts";
import { defineAssertion, verdict } from "./definition.ts";
import { valueAt } from "./template-value.ts";

/**
 * Retrieval quality from chunk ids, no judge needed: the case carries the gold ids (a list, or an object
 * of id → graded relevance) and the retrieved ids come from a variable or from the output's JSON.
 */

export type RetrievalMetric = "precision" | "recall" | "mrr" | "ndcg";

/** Relevance grade of each gold id; a list of ids grades each 1. */
export type Gold = ReadonlyMap<string, number>;

/**
 * The metric over the first `k` retrieved ids (all without k), each id counted at its first rank.
 * precision@k divides by k even when fewer were retrieved (as trec_eval does); nDCG gains the grade,
 * discounted by log2(rank + 1), over the ideal order of the gold grades.
 */
export function retrievalScore(
  metric: RetrievalMetric,
  retrieved: readonly string[],
  gold: Gold,
  k?: number,
): number {
  const ranked = [...new Set(retrieved)].slice(0, k);
  const relevant = ranked.map((id) => (gold.get(id) ?? 0) > 0);
  const hits = relevant.filter(Boolean).length;
  switch (metric) {
    case "precision": {
      const cutoff = k ?? ranked.length;
      return cutoff === 0 ? 0 : hits / cutoff;
    }
    case "recall":
      return hits / [...gold.values()].filter((g) => g > 0).length;
    case "mrr": {
      const first = relevant.indexOf(true);
      return first < 0 ? 0 : 1 / (first + 1);
    }
    case "ndcg": {
      const dcg = (grades: readonly number[]) => grades.reduce((sum, g, i) => sum + g / Math.log2(i + 2), 0);
      const ideal = [...gold.values()].sort((a, b) => b - a).slice(0, k);
      return dcg(ranked.map((id) => gold.get(id) ?? 0)) / dcg(ideal);
    }
  }
}

const Id = z.union([z.string(), z.number()]);

/** The gold variable as grades, or why it cannot be read. */
export function goldGrades(value: unknown, name: string): Gold | string {
  if (value === undefined) return `the case has no variable "${name}"`;
  const list = z.array(Id).safeParse(value);
  if (list.success) return new Map(list.data.map((id) => [String(id), 1]));
  const graded = z.record(z.string(), z.number().min(0)).safeParse(value);
  if (graded.success) return new Map(Object.entries(graded.data));
  return `variable "${name}" is neither a list of ids nor an object of id → relevance grade`;
}

/** The retrieved ids from the variable, or from the output's JSON (at `field`), or why not. */
export function retrievedIds(
  config: { retrieved?: string | undefined; field?: string | undefined },
  vars: Record<string, unknown>,
  output: string,
): string[] | string {
  const source =
    config.retrieved !== undefined
      ? `variable "${config.retrieved}"`
      : `the output's JSON${config.field ? ` at "${config.field}"` : ""}`;
  const value =
    config.retrieved !== undefined
      ? vars[config.retrieved]
      : config.field === undefined
        ? outputJson(output)
        : valueAt(outputJson(output), config.field);
  const ids = z.array(Id).safeParse(value);
  return ids.success ? ids.data.map(String) : `${source} is not a list of ids`;
}

const NAMES: Record<RetrievalMetric, string> = {
  precision: "precision",
  recall: "recall",
  mrr: "reciprocal rank",
  ndcg: "nDCG",
};

export const retrieval = defineAssertion({
  type: "retrieval",
  description:
    "Retrieval precision, recall, reciprocal rank or nDCG @k of the retrieved chunk ids against the case's gold ids",
  negatable: false,
  config: z
    .object({
      metric: z.enum(["precision", "recall", "mrr", "ndcg"]),
      k: z.number().int().positive().optional().describe("Rank cut-off (default: every retrieved id)"),
      threshold: z.number().min(0).max(1).describe("Lowest score that passes"),
      gold: z
        .string()
        .min(1)
        .describe("Case variable with the relevant ids: a list, or an object of id → relevance grade (nDCG)"),
      retrieved: z
        .string()
        .min(1)
        .optional()
        .describe("Case variable with the retrieved ids in rank order (default: the output, as JSON)"),
      field: z
        .string()
        .min(1)
        .optional()
        .describe("Dotted path of the id list in the output's JSON (default: the output is the list)"),
    })
    .strict(),
  check: (config, problem) => {
    if (config.retrieved !== undefined && config.field !== undefined)
      problem("field", "field reads ids from the output; remove it or remove retrieved");
  },
  grade: (config, ctx) => {
    const gold = goldGrades(ctx.vars[config.gold], config.gold);
    if (typeof gold === "string") return verdict(false, gold);
    if (![...gold.values()].some((g) => g > 0))
      return verdict(false, `no relevant gold ids in "${config.gold}": ${NAMES[config.metric]} is undefined`);
    const ids = retrievedIds(config, ctx.vars, ctx.output);
    if (typeof ids === "string") return verdict(false, ids);
    const score = retrievalScore(config.metric, ids, gold, config.k);
    const pass = score >= config.threshold;
    const at = config.k === undefined ? "" : `@${config.k}`;
    return verdict(
      pass,
      `${NAMES[config.metric]}${at} ${Number(score.toFixed(4))} ${pass ? "≥" : "<"} ${config.threshold}`,
      score,
    );
  },
});
