/**
 * evaluate-robustness on 10,000 rows × 6 perturbation detectors through the command scorer, challenger
 * and champion: one batched predict call per detector per model (plus the original rows), end to end.
 * Run with `node packages/commands/bench/evaluate-robustness.bench.ts` (Node 24 runs TypeScript directly).
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLogger, type Envelope } from "@mlops/core";
import { Xoshiro128 } from "@mlops/stats";
import { registryWithChampion } from "../../../test/harness/file-registry.ts";
import { runEvaluateRobustness } from "../src/evaluate-robustness/evaluate-robustness-command.ts";

const ROWS = 10_000;
const PREDICT = `const fs = require("node:fs");
const [model, input, output] = process.argv.slice(2);
const m = JSON.parse(fs.readFileSync(model, "utf8"));
fs.appendFileSync("calls.txt", "x");
const [header, ...rows] = fs.readFileSync(input, "utf8").trim().split("\\n");
const c = header.split(",");
const at = (f, n) => Number(f[c.indexOf(n)] || 0);
fs.writeFileSync(output, "probability\\n" + rows.map((r) => {
  const f = r.split(",");
  const z = m.bias + (at(f, "income") - 5000) / 800 + (at(f, "tenure") - 24) / 12 - at(f, "tickets") / 2
    + (f[c.indexOf("plan")] === "gold" ? 0.8 : 0) + (f[c.indexOf("region")] === "south" ? -0.3 : 0);
  return (1 / (1 + Math.exp(-z))).toFixed(6);
}).join("\\n") + "\\n");
`;

const dir = await mkdtemp(path.join(tmpdir(), "robustness-bench-"));
const rng = new Xoshiro128(11);
const pick = (values: readonly string[]) => values[rng.nextBelow(values.length)]!;
const lines = ["id,income,tenure,tickets,plan,region,label"];
for (let i = 0; i < ROWS; i++) {
  lines.push(
    `r${i},${(2000 + rng.nextFloat() * 6000).toFixed(2)},${rng.nextBelow(72)},${rng.nextBelow(6)},${pick(["basic", "plus", "gold"])},${pick(["north", "south", "east", "west"])},${rng.nextBelow(2)}`,
  );
}
await writeFile(path.join(dir, "data.csv"), `${lines.join("\n")}\n`);
await writeFile(path.join(dir, "predict.cjs"), PREDICT);
await writeFile(path.join(dir, "model.json"), '{"bias": 0}\n');
await writeFile(path.join(dir, "calls.txt"), "");
await registryWithChampion(path.join(dir, "registry"), "m", {
  uri: "champion.json",
  content: '{"bias": 0.2}\n',
});
const detectors = [
  "jitter",
  "gaussian_noise",
  "categorical_swap",
  "missing_value",
  "unit_slip",
  "out_of_range",
];
await writeFile(
  path.join(dir, "robustness.yml"),
  `model: m
champion: { registry: registry }
challenger: { model: model.json }
scorer: { type: command, command: '${process.execPath} predict.cjs {model} {input} {output}' }
data: { path: data.csv, label: label, id: id }
stochasticity: false
detectors:
${detectors.map((t, i) => `  - { type: ${t}, sample: ${ROWS}, seed: ${i} }`).join("\n")}
`,
);

const start = performance.now();
const result = await runEvaluateRobustness(
  { config: "robustness.yml" },
  { logger: createLogger({ github: false, write: () => {} }), cwd: dir },
);
const seconds = (performance.now() - start) / 1000;
const envelope = JSON.parse(await readFile(result.envelopePath, "utf8")) as Envelope;
const calls = (await readFile(path.join(dir, "calls.txt"), "utf8")).length;
const rss = process.memoryUsage().rss / 2 ** 20;
console.log(
  `| ${ROWS.toLocaleString("en")} rows × ${detectors.length} detectors, challenger + champion, command scorer | ${seconds.toFixed(2)} s | ${calls} predict calls | rss ${rss.toFixed(0)} MB | worst fail rate ${envelope.metrics.fail_rate?.value?.toFixed(4)} |`,
);
await rm(dir, { recursive: true, force: true });
