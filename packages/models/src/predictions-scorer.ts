import { readFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "@mlops/core";
import {
  expectCount,
  type Predictions,
  parsePredictionsText,
  predictionsGiveProbability,
} from "./predictions.ts";
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

/**
 * Whether a predictions file gives classification probabilities, from its header or first item, so that
 * metrics needing them can be refused before any work; `undefined` when the file is not there yet.
 */
export async function predictionsFileGivesProbability(
  config: PredictionsScorerConfig,
  cwd: string,
): Promise<boolean | undefined> {
  const text = await readFile(path.resolve(cwd, config.file), "utf8").catch(() => undefined);
  return text === undefined ? undefined : predictionsGiveProbability(text);
}
