import { ConfigError, createProgress, isMlopsError, type SourceLocation } from "@mlops/core";
import { type Predictions, rowsDataset, score } from "@mlops/models";
import {
  attackColumns,
  boundaryAttack,
  changedOutcomes,
  type EvaluateRobustnessConfig,
  type Feature,
  type OutcomeRule,
  type RowAttack,
} from "@mlops/robustness";
import type { RunInput, ScoredModel } from "./detector-run.ts";

export type AttackConfig = NonNullable<EvaluateRobustnessConfig["attack"]>;

/** One model's attack: each attacked row's smallest counterexample, or why the scorer gave no answer. */
export type AttackOutcome = { rows: RowAttack[] } | { crashed: string };

export interface AttackRun {
  options: AttackConfig;
  challenger: AttackOutcome;
  champion?: AttackOutcome;
}

/** The attack needs a number it may move; a config that freezes every one is stopped, located. */
export function requireAttackableFeature(
  config: EvaluateRobustnessConfig,
  features: readonly Feature[],
  locate: (path: readonly PropertyKey[]) => SourceLocation,
): void {
  if (!config.attack || attackColumns(features).length > 0) return;
  const frozen = features.filter((f) => f.kind === "integer" || f.kind === "number").map((f) => f.name);
  throw new ConfigError("the attack has no feature to move: it changes mutable numeric features only", {
    location: locate(["attack"]),
    hint:
      frozen.length > 0
        ? `the numeric features (${frozen.join(", ")}) are all immutable or constant; leave one out of immutable, or remove attack`
        : "the model sees no numeric feature; remove attack and test categories with invariance tests",
  });
}

/**
 * The boundary attack on each model, on the same rows with the same seed: each round's questions go
 * to the model as one scoring call. A scorer that fails on an attack's row (a crash on a value it did
 * not expect, a wrong count) is a finding about the model, kept with its message.
 */
export async function runAttack(options: AttackConfig, input: RunInput): Promise<AttackRun> {
  const [challenger, champion] = input.models;
  const run: AttackRun = { options, challenger: await attackModel(challenger!, options, input) };
  if (champion) run.champion = await attackModel(champion, options, input);
  return run;
}

async function attackModel(
  model: ScoredModel,
  options: AttackConfig,
  input: RunInput,
): Promise<AttackOutcome> {
  const { dataset, features, run } = input;
  const columns = features.map((f) => f.name);
  const progress = createProgress({
    label: `attacking the ${model.what} (queries)`,
    total: Math.min(options.rows, dataset.rows) * options.max_queries,
  });
  let round = 0;
  const decisions = decisionsOf(model.original, input.rule);
  try {
    const rows = await boundaryAttack({
      rows: input.rows,
      features,
      options: { rows: options.rows, maxQueries: options.max_queries, seed: options.seed },
      ...(decisions ? { decisions } : {}),
      changed: async (asked) => {
        round++;
        const batch = rowsDataset(
          { file: dataset.file, columns },
          asked.map((a) => a.fields),
          asked.map((a) => dataset.lineOf(a.row)),
        );
        const after = await score(model.scorer, {
          dataset: batch,
          featureColumns: columns.map((_, i) => i),
          task: input.config.task,
          what: `${model.what}, attack round ${round}`,
          modelName: input.config.model,
          modelPath: model.modelPath,
          cwd: run.base,
          env: run.env,
          logger: run.logger,
          signal: run.signal,
        });
        progress.tick(asked.length);
        const rowsAsked = asked.map((a) => a.row);
        return changedOutcomes(model.original, after, rowsAsked, input.rule).failed;
      },
    });
    progress.done();
    const queries = rows.reduce((a, r) => a + r.queries, 0);
    run.logger.info(
      `${model.what}: ${rows.length} rows attacked with ${queries} queries in ${round} batches`,
    );
    return { rows };
  } catch (error) {
    progress.done();
    if (run.signal?.aborted || !(isMlopsError(error) || error instanceof RangeError)) throw error;
    const message = (error as Error).message;
    run.logger.warn(`the ${model.what} failed on the attack's rows: ${message}`);
    return { crashed: message };
  }
}

/** The original decisions, where there are classes: the attack starts from the nearest rows decided otherwise. */
function decisionsOf(p: Predictions, rule: OutcomeRule): ArrayLike<number> | undefined {
  if (rule.task !== "classification") return undefined;
  if (p.probability) return p.probability.map((x) => (x >= rule.threshold ? 1 : 0));
  return p.label;
}
