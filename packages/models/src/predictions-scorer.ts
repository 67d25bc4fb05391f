import { readFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "@mlops/core";
import { expectCount, type Predictions, parsePredictionsText } from "./predictions.ts";
import type { ScoreRequest } from "./scorer.ts";
import type { PredictionsScorerConfig } from "./scorer-config.ts";

/** Precomputed predictions: one per backtest row, in the same order. */
export async function scoreFromFile(
  config: PredictionsScorerConfig,
  request: ScoreRequest,
): Promise<Predictions> {
  const file = path.resolve(request.cwd, config.file);
  const text = await readFile(file, "utf8").catch((e: NodeJS.ErrnoException) => {
    throw new ConfigError(`cannot read predictions (${e.code ?? String(e)})`, {
      location: { file },
      hint: "check scorer.file; it is resolved from the config file's directory",
    });
  });
  const predictions = parsePredictionsText(text, request.task, file);
  expectCount(predictions, request.dataset.rows, file);
  request.progress?.(request.dataset.rows);
  return predictions;
}
