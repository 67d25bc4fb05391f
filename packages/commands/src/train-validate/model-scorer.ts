import { createProgress, type Logger } from "@mlops/core";
import {
  type Dataset,
  type Predictions,
  type ScorerConfig,
  score,
  type TrainValidateConfig,
} from "@mlops/models";
import { predictionsCacheFile, readCachedPredictions, writeCachedPredictions } from "./predictions-cache.ts";

/**
 * Scores one model on every row of the data, with progress, in a log group of its own. Given the model
 * artifact's digest, predictions another command of the job already made on the same rows are reused.
 */
export function modelScorer(
  config: Pick<TrainValidateConfig, "task" | "model">,
  dataset: Dataset,
  featureColumns: number[],
  run: { base: string; env: NodeJS.ProcessEnv; logger: Logger; signal?: AbortSignal },
) {
  return async (
    what: string,
    scorer: ScorerConfig,
    model: string | undefined,
    modelDigest?: string,
  ): Promise<Predictions> => {
    const cache =
      modelDigest && scorer.type !== "predictions"
        ? predictionsCacheFile(run.env, {
            modelDigest,
            datasetSha256: dataset.sha256,
            features: featureColumns.map((c) => dataset.columns[c]!),
            task: config.task,
            scorer,
          })
        : undefined;
    const cached = cache ? await readCachedPredictions(cache, dataset.rows) : undefined;
    if (cached) {
      run.logger.info(
        `${what}: reusing the predictions made earlier in this job for the same model and rows`,
      );
      return cached;
    }
    const predictions = await run.logger.group(
      `Score the ${what} (${dataset.rows} rows, ${scorer.type} scorer)`,
      async () => {
        const progress = createProgress({ label: `scoring ${what}`, total: dataset.rows });
        const out = await score(scorer, {
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
        return out;
      },
    );
    if (cache) await writeCachedPredictions(cache, predictions);
    return predictions;
  };
}
