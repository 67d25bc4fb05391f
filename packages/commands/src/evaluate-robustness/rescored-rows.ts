import { type Check, isMlopsError, type Metric } from "@mlops/core";
import { type Dataset, rowsDataset } from "@mlops/models";
import {
  changedOutcomes,
  type EvaluateRobustnessConfig,
  FAIL_RATE_METHOD,
  failRate,
  type OutcomeRule,
  sampleRows,
} from "@mlops/robustness";
import { Xoshiro128 } from "@mlops/stats";
import { modelScorer } from "../train-validate/model-scorer.ts";
import type { ScoredModel } from "./detector-run.ts";

/** Outputs closer than this are the same answer printed with other rounding. */
const SAME_OUTPUT = 1e-9;

/** The two ways of scoring rows again (Giskard's stochasticity and data leakage checks). */
const CHECKS = {
  stochasticity: {
    metric: "stochastic_rate",
    title: (n: number) => `The same ${n} rows scored twice get the same outputs`,
    what: "again",
    batchSize: undefined,
    finding: (k: number, n: number) =>
      `the model is not deterministic: ${k} of ${n} rows scored twice got a different output; part of every fail rate is noise, not fragility`,
  },
  batch_dependence: {
    metric: "batch_dependent_rate",
    title: (n: number) => `${n} rows scored one at a time get the outputs they got in the batch`,
    what: "one row at a time",
    batchSize: 1,
    finding: (k: number, n: number) =>
      `the model's answer depends on the other rows of the batch: ${k} of ${n} rows scored alone got a different output (batch normalisation, or state kept between rows?)`,
  },
} as const;
export type RescoreCheck = keyof typeof CHECKS;

/**
 * A sample of rows scored again, unchanged: all at once (stochasticity) or one per call (batch
 * dependence). Any output that differs from the original one is a finding about the model: a flaky
 * model's changed answer on a perturbed row may be noise, not fragility.
 */
export async function rescoredRows(
  kind: RescoreCheck,
  options: Exclude<EvaluateRobustnessConfig["stochasticity"], false>,
  input: {
    dataset: Dataset;
    columns: readonly number[];
    model: ScoredModel;
    rule: OutcomeRule;
    level: number;
    config: { task: "classification" | "regression"; model: string };
    run: Parameters<typeof modelScorer>[3];
  },
): Promise<{ metric: Metric; check: Check }> {
  const rows = sampleRows(input.dataset.rows, options.sample, new Xoshiro128(options.seed));
  const again = rowsDataset(
    { file: input.dataset.file, columns: input.columns.map((c) => input.dataset.columns[c]!) },
    rows.map((r) => input.dataset.rowFields(r, r + 1, input.columns)[0]!),
    rows.map((r) => input.dataset.lineOf(r)),
  );
  const check = CHECKS[kind];
  const base = {
    id: kind,
    title: check.title(rows.length),
    severity: options.severity,
    expected: "identical",
    metric: check.metric,
  };
  const scorer = check.batchSize
    ? { ...input.model.scorer, batch_size: check.batchSize }
    : input.model.scorer;
  let after: Awaited<ReturnType<ReturnType<typeof modelScorer>>>;
  try {
    after = await modelScorer(
      input.config,
      again,
      input.columns.map((_, i) => i),
      input.run,
    )(`${input.model.what}, ${check.what}`, scorer, input.model.modelPath);
  } catch (error) {
    if (input.run.signal?.aborted || !isMlopsError(error)) throw error;
    return {
      metric: { value: null, unavailable: `the scorer failed: ${error.message}`, greaterIsBetter: false },
      check: { ...base, status: "fail", observed: "scorer failed", message: error.message },
    };
  }
  const { failed, shift } = changedOutcomes(input.model.original, after, rows, input.rule);
  const differs = Uint8Array.from(shift, (d) => (d > SAME_OUTPUT ? 1 : 0));
  const rate = failRate(differs, input.level);
  const flips = failed.reduce((a, b) => a + b, 0);
  return {
    metric: {
      value: rate.rate,
      ...(rate.ci ? { ci: { ...rate.ci, level: input.level, method: FAIL_RATE_METHOD } } : {}),
      n: rate.n,
      greaterIsBetter: false,
    },
    check: {
      ...base,
      status: rate.failures === 0 ? "pass" : "fail",
      observed:
        rate.failures === 0 ? "identical" : `${rate.failures} of ${rate.n} differ, ${flips} decision(s)`,
      ...(rate.failures > 0
        ? {
            message: check.finding(rate.failures, rate.n),
          }
        : {}),
    },
  };
}
