import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  type Artifact,
  ConfigError,
  ConfigPathSchema,
  type Logger,
  parseConfigText,
  RuntimeFailure,
  sha256Hex,
  UserCommandEnvSchema,
} from "@mlops/core";
import { fileDigest } from "@mlops/registry";
import * as z from "zod";
import { DurationSchema } from "./duration.ts";
import { fillPlaceholders, runCommand } from "./run-command.ts";

const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const TrainSchema = z
  .object({
    command: z
      .string()
      .min(1)
      .describe("Training command in any language; {config}, {output} and {seed} are filled in"),
    config: ConfigPathSchema.optional().describe(
      "Training config file (YAML or JSON); params override its keys",
    ),
    params: z.record(z.string(), Scalar).default({}).describe("Overrides merged over the config file"),
    seed: z.number().int().default(0).describe("Passed as {seed} and in MLOPS_SEED (and PYTHONHASHSEED)"),
    timeout: DurationSchema.prefault("1h"),
    env: UserCommandEnvSchema,
    output: ConfigPathSchema.prefault(".mlops/model").describe(
      "Directory the command writes into ({output})",
    ),
    artifact: z.string().min(1).describe("The model file, relative to output"),
    metrics: z.string().optional().describe("JSON file of metrics the trainer writes, relative to output"),
    datasets: z
      .array(ConfigPathSchema)
      .default([])
      .describe("Training data files, fingerprinted into the lineage"),
    reproducibility: z.boolean().default(false).describe("Train twice and compare digests and metrics"),
  })
  .strict();
export type TrainConfig = z.output<typeof TrainSchema>;

export interface TrainingResult {
  modelPath: string;
  modelSha256: string;
  artifacts: Artifact[];
  metrics: Record<string, number>;
  configDigest: string;
  parameters: Record<string, string | number | boolean | null>;
  datasets: { name: string; digest: string }[];
  durationMs: number;
  /** Present when the reproducibility check ran. */
  reproducibility?: { reproducible: boolean; differences: string[] };
}

export interface TrainingIO {
  logger: Logger;
  base: string;
  /** The step's environment; the command gets it scrubbed, plus `train.env`. */
  env: NodeJS.ProcessEnv;
  configFile: string;
  signal?: AbortSignal;
}

interface Attempt {
  modelPath: string;
  modelSha256: string;
  artifacts: Artifact[];
  metrics: Record<string, number>;
  durationMs: number;
}

/**
 * A training run: merges the config file with the overrides into one JSON file ({config}), runs the
 * command with the seed in its environment and a timeout, streams its log, and records the model
 * artifact and metrics file with their digests. `base` is the directory paths are relative to.
 */
export async function runTraining(config: TrainConfig, io: TrainingIO): Promise<TrainingResult> {
  const { logger, base } = io;
  let fileParams: Record<string, unknown> = {};
  if (config.config) {
    const file = path.resolve(base, config.config);
    const text = await readFile(file, "utf8").catch((e: NodeJS.ErrnoException) => {
      throw new ConfigError(`cannot read the training config (${e.code ?? String(e)})`, {
        location: { file: io.configFile, path: "train.config" },
        hint: `${file} does not exist; the path is relative to the config file`,
      });
    });
    fileParams = parseConfigText(text, file, z.record(z.string(), z.unknown()));
  }
  const merged = { ...fileParams, ...config.params };
  const mergedText = `${JSON.stringify(merged, null, 2)}\n`;
  const configDigest = `sha256:${sha256Hex(mergedText)}`;
  const workDir = path.resolve(base, ".mlops", "train");
  await mkdir(workDir, { recursive: true });
  const mergedFile = path.join(workDir, "config.json");
  await writeFile(mergedFile, mergedText);

  const datasets = await Promise.all(
    config.datasets.map(async (d) => {
      const file = path.resolve(base, d);
      const digest = await fileDigest(file).catch(() => {
        throw new ConfigError(`training dataset ${d} not found`, {
          location: { file: io.configFile, path: "train.datasets" },
          hint: "list the files the trainer reads; paths are relative to the config file",
        });
      });
      return { name: d, digest: `sha256:${digest.sha256}` };
    }),
  );

  const output = path.resolve(base, config.output);
  const first = await attempt(config, output, mergedFile, io);
  const parameters: TrainingResult["parameters"] = { seed: config.seed };
  for (const [k, v] of Object.entries(merged)) {
    parameters[k] =
      v === null || ["string", "number", "boolean"].includes(typeof v) ? (v as string) : JSON.stringify(v);
  }
  const result: TrainingResult = { ...first, configDigest, parameters, datasets };

  if (config.reproducibility) {
    const again = await logger.group("Train again (reproducibility check)", () =>
      attempt(config, `${output}.repro`, mergedFile, io),
    );
    const differences: string[] = [];
    if (again.modelSha256 !== first.modelSha256) {
      differences.push(
        `model digest ${first.modelSha256.slice(0, 12)}… vs ${again.modelSha256.slice(0, 12)}…`,
      );
    }
    for (const key of new Set([...Object.keys(first.metrics), ...Object.keys(again.metrics)])) {
      if (first.metrics[key] !== again.metrics[key]) {
        differences.push(`metric ${key}: ${first.metrics[key]} vs ${again.metrics[key]}`);
      }
    }
    result.reproducibility = { reproducible: differences.length === 0, differences };
    await rm(`${output}.repro`, { recursive: true, force: true });
  }
  return result;
}

async function attempt(
  config: TrainConfig,
  output: string,
  mergedFile: string,
  io: TrainingIO,
): Promise<Attempt> {
  await rm(output, { recursive: true, force: true });
  await mkdir(output, { recursive: true });
  const seed = String(config.seed);
  const run = await runCommand({
    command: fillPlaceholders(config.command, { config: mergedFile, output, seed }),
    cwd: io.base,
    env: io.env,
    passEnv: config.env,
    ownEnv: { MLOPS_SEED: seed, PYTHONHASHSEED: seed, MLOPS_CONFIG: mergedFile, MLOPS_OUTPUT_DIR: output },
    timeoutMs: config.timeout,
    signal: io.signal,
    logger: io.logger,
    what: "training command",
    stream: true,
  });
  const modelPath = path.join(output, config.artifact);
  const model = await fileDigest(modelPath).catch(() => {
    throw new RuntimeFailure(`the training command did not write the model artifact ${modelPath}`, {
      hint: `the trainer must write train.artifact (${config.artifact}) into {output}`,
    });
  });
  const artifacts: Artifact[] = [
    { name: "model", path: modelPath, sha256: model.sha256, bytes: model.bytes },
  ];
  let metrics: Record<string, number> = {};
  if (config.metrics) {
    const metricsPath = path.join(output, config.metrics);
    const text = await readFile(metricsPath, "utf8").catch(() => {
      throw new RuntimeFailure(`the training command did not write the metrics file ${metricsPath}`, {
        hint: `the trainer must write train.metrics (${config.metrics}) into {output}, or remove train.metrics`,
      });
    });
    metrics = parseMetrics(text, metricsPath);
    artifacts.push({
      name: "training-metrics",
      path: metricsPath,
      sha256: sha256Hex(text),
      bytes: Buffer.byteLength(text),
    });
  }
  return { modelPath, modelSha256: model.sha256, artifacts, metrics, durationMs: run.durationMs };
}

function parseMetrics(text: string, file: string): Record<string, number> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new RuntimeFailure(`${file}: the metrics file is not valid JSON (${(e as Error).message})`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new RuntimeFailure(`${file}: the metrics file must be a JSON object of name → number`);
  }
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(parsed)) if (typeof v === "number" && Number.isFinite(v)) out[k] = v;
  return out;
}
