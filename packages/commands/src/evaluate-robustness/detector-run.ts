import { isMlopsError, type Logger } from "@mlops/core";
import { type Dataset, type Predictions, rowsDataset, type ScorerConfig } from "@mlops/models";
import {
  type ChangedOutcomes,
  changedOutcomes,
  type DetectorOptions,
  detectorDefinition,
  type Feature,
  type OutcomeRule,
  type PerturbedCase,
  perturbRows,
} from "@mlops/robustness";
import { modelScorer } from "../train-validate/model-scorer.ts";

/** A model as the detectors score it: its scorer, its file, and its outputs on the original rows. */
export interface ScoredModel {
  what: string;
  scorer: ScorerConfig;
  modelPath: string | undefined;
  original: Predictions;
}

/** A model's outcome on one detector's cases, or why the scorer could not give one (a finding). */
export type ModelOutcome = { outcomes: ChangedOutcomes } | { crashed: string };

export interface DetectorRun {
  options: DetectorOptions;
  title: string;
  cases: PerturbedCase[];
  challenger?: ModelOutcome;
  champion?: ModelOutcome;
  /** A minimum-functionality test's cases: the answer each must get, and the values it sets. */
  expectations?: { expected: number; given: string }[];
}

/** What every run over the evaluation rows gets: the data, the features, the models and how to judge them. */
export interface RunInput {
  dataset: Dataset;
  rows: readonly (readonly string[])[];
  features: readonly Feature[];
  models: readonly ScoredModel[];
  rule: OutcomeRule;
  config: { task: "classification" | "regression"; model: string };
  run: { base: string; env: NodeJS.ProcessEnv; logger: Logger; signal?: AbortSignal };
}

/** One detector end to end: perturb the sample, then score and judge the cases. */
export function runDetector(options: DetectorOptions, input: RunInput): Promise<DetectorRun> {
  const detector = detectorDefinition(options.type);
  const cases = perturbRows(input.rows, input.features, detector, options);
  return scoreCases({ options, title: detector.title, cases }, input);
}

/**
 * Scores perturbed cases with each model in one batched call and compares them with the original
 * outputs. A scorer that fails on perturbed rows (a crash, a wrong count) is a finding about the model,
 * kept with its message; cancellation still stops the run.
 */
export async function scoreCases(
  out: Pick<DetectorRun, "options" | "title" | "cases" | "expectations">,
  input: RunInput,
  judge?: {
    /** The line of each case in the file that defines it. */
    lines: readonly number[];
    outcomes: (after: Predictions) => ChangedOutcomes;
  },
): Promise<DetectorRun> {
  const { options, cases } = out;
  const result: DetectorRun = { ...out };
  if (cases.length === 0) return result;
  const perturbed = rowsDataset(
    { file: input.dataset.file, columns: input.features.map((f) => f.name) },
    cases.map((c) => c.fields),
    judge?.lines ?? cases.map((c) => input.dataset.lineOf(c.row)),
  );
  const scoreOn = modelScorer(
    input.config,
    perturbed,
    input.features.map((_, i) => i),
    input.run,
  );
  const rows = cases.map((c) => c.row);
  const [challenger, champion] = input.models;
  for (const [key, model] of [
    ["challenger", challenger],
    ["champion", champion],
  ] as const) {
    if (!model) continue;
    try {
      const after = await scoreOn(`${model.what}, ${options.type}`, model.scorer, model.modelPath);
      result[key] = {
        outcomes: judge ? judge.outcomes(after) : changedOutcomes(model.original, after, rows, input.rule),
      };
    } catch (error) {
      if (input.run.signal?.aborted || !(isMlopsError(error) || error instanceof RangeError)) throw error;
      const message = (error as Error).message;
      result[key] = { crashed: message };
      input.run.logger.warn(`the ${model.what} failed on ${options.type} perturbations: ${message}`);
    }
  }
  return result;
}
