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

/**
 * Giskard's stochasticity check: a sample of rows scored a second time, unchanged. Any output that
 * differs makes the model flaky, and then a perturbed row's changed answer may be noise, not fragility.
 */
export async function stochasticity(
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
  const base = {
    id: "stochasticity",
    title: `The same ${rows.length} rows scored twice get the same outputs`,
    severity: options.severity,
    expected: "identical",
    metric: "stochastic_rate",
  };
  let after: Awaited<ReturnType<ReturnType<typeof modelScorer>>>;
  try {
    after = await modelScorer(
      input.config,
      again,
      input.columns.map((_, i) => i),
      input.run,
    )(`${input.model.what}, again`, input.model.scorer, input.model.modelPath);
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
            message: `the model is not deterministic: ${rate.failures} of ${rate.n} rows scored twice got a different output; part of every fail rate is noise, not fragility`,
          }
        : {}),
    },
  };
}
