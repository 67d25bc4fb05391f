import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { sha256Hex } from "@mlops/core";
import type { Predictions, ScorerConfig } from "@mlops/models";

/**
 * Predictions kept between the commands of one job, so that a model train-validate scored is not scored
 * again by evaluate-bias on the same rows. The key is a digest of everything the predictions depend on:
 * the model artifact's digest, the data file's digest, the columns sent and the scorer. The cache lives in
 * the runner's temporary folder, outside the workspace, so a pull request cannot plant predictions, and
 * it lasts one job, so a predict script changed between runs is never answered from an old cache.
 */
export interface CacheKey {
  modelDigest: string;
  datasetSha256: string;
  features: readonly string[];
  task: string;
  scorer: ScorerConfig;
}

const FIELDS = ["probability", "label", "value"] as const;

/** Where the predictions for `key` are kept; undefined outside a runner, where no job bounds the cache. */
export function predictionsCacheFile(env: NodeJS.ProcessEnv, key: CacheKey): string | undefined {
  if (!env.RUNNER_TEMP) return undefined;
  return path.join(env.RUNNER_TEMP, "mlops-predictions", `${sha256Hex(JSON.stringify(key))}.json`);
}

/** The cached predictions for `rows` rows, or undefined when there are none or they do not fit. */
export async function readCachedPredictions(file: string, rows: number): Promise<Predictions | undefined> {
  const text = await readFile(file, "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const out: Predictions = {};
  for (const field of FIELDS) {
    const values = parsed[field];
    if (values === undefined) continue;
    if (!Array.isArray(values) || values.length !== rows || !values.every((v) => Number.isFinite(v))) {
      return undefined;
    }
    out[field] = Float64Array.from(values as number[]);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

export async function writeCachedPredictions(file: string, predictions: Predictions): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const body: Record<string, number[]> = {};
  for (const field of FIELDS) {
    const values = predictions[field];
    if (values) body[field] = Array.from(values);
  }
  // Written whole, then renamed, so a reader never sees half a file.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, JSON.stringify(body));
  await rename(partial, file);
}
