import type { Logger } from "@mlops/core";
import { scoreWithCommand } from "./command-scorer.ts";
import type { Dataset } from "./dataset.ts";
import { scoreWithHttp } from "./http-scorer.ts";
import type { Predictions, Task } from "./predictions.ts";
import { scoreFromFile } from "./predictions-scorer.ts";
import type { ScorerConfig } from "./scorer-config.ts";

/** Everything a scorer needs to score one model on a dataset. */
export interface ScoreRequest {
  dataset: Dataset;
  /** Indexes of the columns the model sees (the label and id columns are never sent). */
  featureColumns: readonly number[];
  task: Task;
  /** "challenger" or "champion", for messages. */
  what: string;
  modelName: string;
  /** Local model file, for the command scorer. */
  modelPath?: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** Aborted when the run is cancelled: a running predict command is stopped. */
  signal?: AbortSignal;
  /** Called with the number of rows each finished batch scored. */
  progress?: (rows: number) => void;
}

/** One interface over every way of getting predictions: a command, a model server, a file. */
export function score(config: ScorerConfig, request: ScoreRequest): Promise<Predictions> {
  switch (config.type) {
    case "command":
      return scoreWithCommand(config, request);
    case "http":
      return scoreWithHttp(config, request);
    case "predictions":
      return scoreFromFile(config, request);
  }
}
