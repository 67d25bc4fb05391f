import { createProgress, type Logger } from "@mlops/core";
import { type Dataset, type ScorerConfig, score, type TrainValidateConfig } from "@mlops/models";

/** Scores one model on every row of the data, with progress, in a log group of its own. */
export function modelScorer(
  config: Pick<TrainValidateConfig, "task" | "model">,
  dataset: Dataset,
  featureColumns: number[],
  run: { base: string; env: NodeJS.ProcessEnv; logger: Logger; signal?: AbortSignal },
) {
  return (what: string, scorer: ScorerConfig, model: string | undefined) =>
    run.logger.group(`Score the ${what} (${dataset.rows} rows, ${scorer.type} scorer)`, async () => {
      const progress = createProgress({ label: `scoring ${what}`, total: dataset.rows });
      const predictions = await score(scorer, {
        dataset,
        featureColumns,
        task: config.task,
        what,
        modelName: config.model,
        modelPath: model,
        cwd: run.base,
        env: run.env,
        logger: run.logger,
        signal: run.signal,
        progress: (n) => progress.tick(n),
      });
      progress.done();
      return predictions;
    });
}
