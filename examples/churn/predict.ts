/**
 * Scores customers with a trained model.
 *
 *   node predict.ts --model model.json --input rows.csv --output predictions.csv
 *
 * The input is CSV with (at least) the feature columns; the output is CSV with `probability` (of
 * churn) and `prediction` (0/1 at the model's threshold), one line per input row, in order.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { type Encoding, encode, flag, readCsv } from "./features.ts";
import { type FittedModel, predictProbability } from "./model.ts";

const model = JSON.parse(readFileSync(flag("model"), "utf8")) as FittedModel & {
  format: string;
  encoding: Encoding;
  threshold: number;
};
if (model.format !== "churn-model/1") {
  console.error(`${flag("model")}: not a churn model (format ${JSON.stringify(model.format)})`);
  process.exit(2);
}
const probabilities = predictProbability(model, encode(readCsv(flag("input")), model.encoding));
const lines = ["probability,prediction"];
for (const p of probabilities) lines.push(`${p.toFixed(6)},${p >= model.threshold ? 1 : 0}`);
writeFileSync(flag("output"), `${lines.join("\n")}\n`);
