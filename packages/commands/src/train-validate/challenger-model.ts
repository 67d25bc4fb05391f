import path from "node:path";
import { ConfigError, configLocator, type Envelope } from "@mlops/core";
import { runTraining, type TrainingIO, type TrainingResult, type TrainValidateConfig } from "@mlops/models";
import { fileDigest } from "@mlops/registry";

export interface ChallengerModel {
  /** Unset when the scorer serves the model itself (e.g. an HTTP endpoint). */
  modelPath?: string;
  /** sha256:<hex> of the model file. */
  modelDigest?: string;
  training?: TrainingResult;
}

/** Trains the challenger, or takes the model file given (`--model`, then challenger.model), and digests it. */
export async function challengerModel(
  config: Pick<TrainValidateConfig, "challenger"> & Partial<Pick<TrainValidateConfig, "train">>,
  model: string | undefined,
  run: TrainingIO & { cwd: string },
): Promise<ChallengerModel> {
  const { cwd, base, logger, configFile } = run;
  let modelPath: string | undefined;
  let training: TrainingResult | undefined;
  if (model || config.challenger.model || !config.train) {
    const given = model ? path.resolve(cwd, model) : config.challenger.model;
    modelPath = given ? path.resolve(base, given) : undefined;
  } else {
    const train = config.train;
    training = await logger.group("Train the challenger", () => runTraining(train, run));
    modelPath = training.modelPath;
    logger.info(
      `model ${path.relative(cwd, modelPath)} sha256:${training.modelSha256} (${training.durationMs} ms)`,
    );
  }
  if (!modelPath) return {};
  const digest = training?.modelSha256 ?? (await fileDigest(modelPath).catch(() => undefined))?.sha256;
  if (!digest) {
    throw new ConfigError(`the challenger model ${path.relative(cwd, modelPath)} does not exist`, {
      ...(model ? {} : { location: (await configLocator(configFile))(["challenger", "model"]) }),
      hint: "train it first, or fix the path (relative to the config file)",
    });
  }
  return { modelPath, modelDigest: `sha256:${digest}`, ...(training ? { training } : {}) };
}

/** The training run's artifacts, lineage, metrics (`train.*`) and reproducibility check. */
export function recordTraining(envelope: Envelope, training: TrainingResult, cwd: string): void {
  envelope.artifacts.push(
    ...training.artifacts.map((a) => ({ ...a, path: path.relative(cwd, a.path) || a.path })),
  );
  envelope.lineage.configDigest = training.configDigest;
  envelope.lineage.parameters = training.parameters;
  envelope.lineage.datasets = [...(envelope.lineage.datasets ?? []), ...training.datasets];
  envelope.metrics["train.duration_s"] = { value: training.durationMs / 1000, unit: "s" };
  for (const [k, v] of Object.entries(training.metrics)) envelope.metrics[`train.${k}`] = { value: v };
  if (training.reproducibility) {
    const { reproducible, differences } = training.reproducibility;
    envelope.checks.push({
      id: "reproducibility",
      title: "Training is reproducible (same digest and metrics twice)",
      status: reproducible ? "pass" : "fail",
      severity: "warn",
      observed: reproducible ? "identical" : differences.join("; "),
      expected: "identical",
      message: reproducible ? undefined : "two runs with the same config, data and seed differ",
    });
  }
}
