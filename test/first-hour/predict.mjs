// Scores rows with a logistic model: node predict.mjs --model model.json --input rows.csv --output scores.csv
import { readFileSync, writeFileSync } from "node:fs";

const arg = (name) => process.argv[process.argv.indexOf(`--${name}`) + 1];
const model = JSON.parse(readFileSync(arg("model"), "utf8"));
const [header, ...rows] = readFileSync(arg("input"), "utf8").trim().split("\n");
const columns = header.split(",");
const out = ["probability,prediction"];
for (const row of rows) {
  const cells = row.split(",");
  let z = model.bias;
  for (const [name, w] of Object.entries(model.weights)) z += w * Number(cells[columns.indexOf(name)]);
  const p = 1 / (1 + Math.exp(-z));
  out.push(`${p.toFixed(6)},${p >= 0.5 ? 1 : 0}`);
}
writeFileSync(arg("output"), `${out.join("\n")}\n`);
