/**
 * The boundary attack of evaluate-robustness on 200 rows with a budget of 100 queries a row (20,000 in
 * all), through the command scorer: every round's questions for all rows go to one predict run. The
 * model is a logistic regression on three numbers (one an integer) and a category. End to end (reading 2,000 rows, scoring them, one small detector, the attack), with the 1-minute
 * load average before and after.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLogger, type Envelope } from "@mlops/core";
import { Xoshiro128 } from "@mlops/stats";
import { runEvaluateRobustness } from "../packages/commands/src/evaluate-robustness/evaluate-robustness-command.ts";

const ROWS = 2_000;
const ATTACKED = 200;
const PER_ROW = 100;

const PREDICT = `const fs = require("node:fs");
const [model, input, output] = process.argv.slice(2);
fs.appendFileSync("calls.txt", "x");
const [header, ...rows] = fs.readFileSync(input, "utf8").trim().split("\\n");
const c = header.split(",");
const at = (f, n) => Number(f[c.indexOf(n)]);
fs.writeFileSync(output, "probability\\n" + rows.map((r) => {
  const f = r.split(",");
  const z = (at(f, "income") - 5000) / 800 + (at(f, "tenure") - 24) / 12 - at(f, "tickets") / 2
    + (f[c.indexOf("plan")] === "gold" ? 0.8 : 0);
  return (1 / (1 + Math.exp(-z))).toFixed(6);
}).join("\\n") + "\\n");
`;

const loadAverage = async () => (await readFile("/proc/loadavg", "utf8").catch(() => "?")).split(" ")[0];

export async function attackBench(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "robustness-attack-bench-"));
  const rng = new Xoshiro128(5);
  const lines = ["id,income,tenure,tickets,plan,label"];
  for (let i = 0; i < ROWS; i++) {
    lines.push(
      `r${i},${(2000 + rng.nextFloat() * 6000).toFixed(2)},${(rng.nextFloat() * 72).toFixed(1)},${rng.nextBelow(6)},${["basic", "plus", "gold"][rng.nextBelow(3)]},${rng.nextBelow(2)}`,
    );
  }
  await writeFile(path.join(dir, "data.csv"), `${lines.join("\n")}\n`);
  await writeFile(path.join(dir, "predict.cjs"), PREDICT);
  await writeFile(path.join(dir, "model.json"), "{}\n");
  await writeFile(path.join(dir, "calls.txt"), "");
  await mkdir(path.join(dir, "registry"));
  await writeFile(
    path.join(dir, "robustness.yml"),
    `model: m
champion: { registry: registry }
challenger: { model: model.json }
scorer: { type: command, command: '${process.execPath} predict.cjs {model} {input} {output}' }
data: { path: data.csv, label: label, id: id }
stochasticity: false
batch_dependence: false
detectors:
  - { type: jitter, sample: 100 }
attack: { rows: ${ATTACKED}, max_queries: ${PER_ROW}, epsilon: 0.25, seed: 1 }
`,
  );
  const loadBefore = await loadAverage();
  const start = performance.now();
  const result = await runEvaluateRobustness(
    { config: "robustness.yml" },
    { logger: createLogger({ github: false, write: () => {} }), cwd: dir },
  );
  const seconds = (performance.now() - start) / 1000;
  const loadAfter = await loadAverage();
  const envelope = JSON.parse(await readFile(result.envelopePath, "utf8")) as Envelope;
  const calls = (await readFile(path.join(dir, "calls.txt"), "utf8")).length;
  const m = envelope.metrics;
  await rm(dir, { recursive: true, force: true });
  return [
    "| evaluate-robustness attack | time | predict runs | queries | success within 0.25 sd | median size | load (1 min) before / after |",
    "|---|---|---|---|---|---|---|",
    `| ${ATTACKED} rows × ≤ ${PER_ROW} queries, command scorer, end to end on ${ROWS.toLocaleString("en")} rows | ${seconds.toFixed(2)} s | ${calls} | ${m.attack_queries?.value} | ${m.attack_success_rate?.value?.toFixed(3)} | ${m.attack_median_perturbation?.value?.toFixed(3)} sd | ${loadBefore} / ${loadAfter} |`,
  ].join("\n");
}

if (import.meta.main) console.log(await attackBench());
