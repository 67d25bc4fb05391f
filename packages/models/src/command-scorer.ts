import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { RuntimeFailure } from "@mlops/core";
import { concatPredictions, expectCount, type Predictions, parsePredictionsText } from "./predictions.ts";
import { fillPlaceholders, runCommand } from "./run-command.ts";
import type { ScoreRequest } from "./scorer.ts";
import type { CommandScorerConfig } from "./scorer-config.ts";

/**
 * Scores with a predict command, batch by batch: each batch of feature columns goes to a CSV file, the
 * command writes its predictions to `{output}`, and every batch must return one prediction per row.
 */
export async function scoreWithCommand(
  config: CommandScorerConfig,
  request: ScoreRequest,
): Promise<Predictions> {
  const { dataset, logger } = request;
  if (!request.modelPath) {
    throw new RuntimeFailure(`${request.what}: the command scorer needs a model file`);
  }
  const dir = await mkdtemp(path.join(tmpdir(), "mlops-score-"));
  try {
    const parts: Predictions[] = [];
    const batches = Math.max(1, Math.ceil(dataset.rows / config.batch_size));
    for (let b = 0; b < batches; b++) {
      const from = b * config.batch_size;
      const to = Math.min(dataset.rows, from + config.batch_size);
      const input = path.join(dir, `input-${b}.csv`);
      const output = path.join(dir, `output-${b}.csv`);
      await writeFile(input, dataset.toCsv(from, to, request.featureColumns));
      await runCommand({
        command: fillPlaceholders(config.command, { model: request.modelPath, input, output }),
        cwd: request.cwd,
        env: request.env,
        passEnv: config.env,
        timeoutMs: config.timeout,
        signal: request.signal,
        logger,
        what: `${request.what} predict command`,
      });
      const text = await readFile(output, "utf8").catch(() => {
        throw new RuntimeFailure(`${request.what} predict command wrote no output file`, {
          hint: "the command must write its predictions to the {output} path",
        });
      });
      const source = `${request.what} predictions (rows ${from + 1}–${to})`;
      const predictions = parsePredictionsText(text, request.task, source);
      expectCount(predictions, to - from, source);
      parts.push(predictions);
      request.progress?.(to - from);
      await rm(input);
      await rm(output);
    }
    return concatPredictions(parts);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
