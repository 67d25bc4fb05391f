// Fits the logistic model by gradient descent: node train.mjs --data train.csv --out dir
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

const arg = (name) => process.argv[process.argv.indexOf(`--${name}`) + 1];
const [header, ...rows] = readFileSync(arg("data"), "utf8").trim().split("\n");
const columns = header.split(",");
const features = ["temp", "humidity"];
const x = rows.map((r) => features.map((f) => Number(r.split(",")[columns.indexOf(f)])));
const y = rows.map((r) => Number(r.split(",")[columns.indexOf("rain")]));
const mean = features.map((_, j) => x.reduce((s, r) => s + r[j], 0) / x.length);
const sd = features.map((_, j) => Math.sqrt(x.reduce((s, r) => s + (r[j] - mean[j]) ** 2, 0) / x.length));
// Standardised features converge in a fixed number of steps; the weights are scaled back afterwards.
const z = x.map((r) => r.map((v, j) => (v - mean[j]) / sd[j]));
let b = 0;
const w = features.map(() => 0);
for (let step = 0; step < 2000; step++) {
  const gw = features.map(() => 0);
  let gb = 0;
  for (const [i, r] of z.entries()) {
    const p = 1 / (1 + Math.exp(-(b + r.reduce((s, v, j) => s + v * w[j], 0))));
    for (const [j, v] of r.entries()) gw[j] += (p - y[i]) * v;
    gb += p - y[i];
  }
  for (const j of w.keys()) w[j] -= (0.5 * gw[j]) / z.length;
  b -= (0.5 * gb) / z.length;
}
const weights = Object.fromEntries(features.map((f, j) => [f, w[j] / sd[j]]));
const bias = b - features.reduce((s, _, j) => s + (w[j] * mean[j]) / sd[j], 0);
mkdirSync(arg("out"), { recursive: true });
writeFileSync(
  `${arg("out")}/model.json`,
  `${JSON.stringify({ format: "rain-logistic/1", bias, weights })}\n`,
);
