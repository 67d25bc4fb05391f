/**
 * Trains the churn model.
 *
 *   node train.ts --config model.json --data data/train.csv --out model-dir
 *
 * Writes `<out>/model.json` (encoding, threshold and fitted model) and `<out>/metrics.json` (holdout
 * metrics). The seed comes from MLOPS_SEED, so the same config, data and seed give the same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { encode, featureNames, fitEncoding, flag, labels, readCsv } from "./features.ts";
import { fitModel, predictProbability, type TrainConfig } from "./model.ts";

const config = JSON.parse(readFileSync(flag("config"), "utf8")) as TrainConfig;
const out = flag("out");
const seed = Number(process.env.MLOPS_SEED ?? "0");
const threshold = config.threshold ?? 0.5;
if (config.algorithm !== "logistic" && config.algorithm !== "tree") {
  console.error(`config: algorithm must be "logistic" or "tree", got ${JSON.stringify(config.algorithm)}`);
  process.exit(2);
}

const table = readCsv(flag("data", "data/train.csv"));
// The last fifth of the rows (by position) is held out for the metrics file.
const split = Math.floor(table.rows.length * 0.8);
const fitRows = { columns: table.columns, rows: table.rows.slice(0, split) };
const holdout = { columns: table.columns, rows: table.rows.slice(split) };
const encoding = fitEncoding(fitRows);
const started = Date.now();
const fitted = fitModel(config, encode(fitRows, encoding), labels(fitRows, "churned"), seed);
console.log(`trained ${config.algorithm} on ${fitRows.rows.length} rows in ${Date.now() - started} ms`);

const y = labels(holdout, "churned");
const p = predictProbability(fitted, encode(holdout, encoding));
let correct = 0;
let logLoss = 0;
for (let i = 0; i < y.length; i++) {
  if ((p[i]! >= threshold ? 1 : 0) === y[i]) correct++;
  const q = Math.min(1 - 1e-15, Math.max(1e-15, p[i]!));
  logLoss -= y[i] === 1 ? Math.log(q) : Math.log(1 - q);
}
const metrics = { holdout_accuracy: correct / y.length, holdout_log_loss: logLoss / y.length, rows: split };

mkdirSync(out, { recursive: true });
const model = { format: "churn-model/1", features: featureNames(encoding), encoding, threshold, ...fitted };
writeFileSync(path.join(out, "model.json"), `${JSON.stringify(model)}\n`);
writeFileSync(path.join(out, "metrics.json"), `${JSON.stringify(metrics, null, 2)}\n`);
console.log(
  `holdout accuracy ${metrics.holdout_accuracy.toFixed(4)}, log loss ${metrics.holdout_log_loss.toFixed(4)}`,
);
