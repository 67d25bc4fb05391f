/**
 * Group metrics and disparities with intervals on 1,000,000 scored rows, three sensitive columns
 * (≈ 60 intersections, and every pair of columns), 2,000 resamples, challenger and champion: time and
 * heap after scoring. Then the per-group metrics that need the rows (mean score, ROC AUC, ECE) of both
 * models with their intervals on the same rows, every intersection large enough for the cells' normal
 * sums and every group for DeLong; and as a floor, 2,000 passes of drawing the 1,000,000 rows, what
 * those metrics cost per resample before. Part of `npm run bench`;
 * alone: `node packages/fairness/bench/fairness.bench.ts` (Node 24 runs TypeScript directly).
 */
import { readFile } from "node:fs/promises";
import { Xoshiro128 } from "@mlops/stats";
import { evaluateFairness, evaluateRowMetrics, groupRows } from "../src/index.ts";

const RESAMPLES = 2000;

function scoredRows(rows: number) {
  const rng = new Xoshiro128(7);
  const pick = (values: readonly string[]) => values[Math.floor(rng.nextFloat() * values.length)]!;
  const columns = [
    { name: "gender", values: [] as string[], of: ["f", "m", "x"] },
    { name: "age", values: [] as string[], of: ["<25", "[25, 40)", "[40, 60)", "≥60"] },
    { name: "region", values: [] as string[], of: ["north", "south", "east", "west", "centre"] },
  ];
  const labels = new Uint8Array(rows);
  const challenger = new Uint8Array(rows);
  const champion = new Uint8Array(rows);
  const scores = new Float64Array(rows);
  const championScores = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    for (const c of columns) c.values.push(pick(c.of));
    labels[i] = rng.nextFloat() < 0.3 ? 1 : 0;
    scores[i] = Math.min(1, 0.4 * labels[i]! + 0.6 * rng.nextFloat());
    challenger[i] = scores[i]! >= 0.5 ? 1 : 0;
    champion[i] = rng.nextFloat() < 0.9 ? challenger[i]! : 1 - challenger[i]!;
    championScores[i] = 0.8 * scores[i]! + 0.2 * rng.nextFloat();
  }
  return { columns, labels, challenger, champion, scores, championScores };
}

function measure<T>(run: () => T): { result: T; seconds: number; heapMb: number; rssMb: number } {
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const result = run();
  const seconds = (performance.now() - start) / 1000;
  const memory = process.memoryUsage();
  return { result, seconds, heapMb: (memory.heapUsed - heapBefore) / 2 ** 20, rssMb: memory.rss / 2 ** 20 };
}

/** Heap growth can be negative when a collection ran during the measurement. */
function memoryText(m: { heapMb: number; rssMb: number }): string {
  return `heap ${m.heapMb < 0 ? "−" : "+"}${Math.abs(m.heapMb).toFixed(0)} MB, rss ${m.rssMb.toFixed(0)} MB`;
}

export async function fairnessBench(): Promise<string> {
  const [load] = (await readFile("/proc/loadavg", "utf8").catch(() => "?")).split(" ");
  const lines = ["| workload | time | memory | result |", "| --- | --- | --- | --- |"];
  const options = {
    method: "between_groups",
    minGroupSize: 30,
    resamples: RESAMPLES,
    level: 0.95,
    seed: 0,
  } as const;

  const big = scoredRows(1_000_000);
  const rates = measure(() => {
    const grouped = groupRows(big.columns, big);
    return { grouped, result: evaluateFairness(grouped, { ...options, agg: "worst_case", champion: true }) };
  });
  const dp = rates.result.result.worst.demographic_parity_difference.challenger;
  lines.push(
    `| 1,000,000 rows, ${rates.result.grouped.intersections} intersections (${rates.result.grouped.partitions.length} partitions), ${RESAMPLES.toLocaleString("en")} resamples, challenger + champion: rates and disparities | ${rates.seconds.toFixed(2)} s | ${memoryText(rates)} | DP difference ${dp.value?.toFixed(4)} [${dp.ci?.lower.toFixed(4)}, ${dp.ci?.upper.toFixed(4)}] |`,
  );

  const rowMetrics = measure(() =>
    evaluateRowMetrics(
      rates.result.grouped,
      { labels: big.labels, challenger: big.scores, champion: big.championScores },
      { ...options, task: "classification" },
    ),
  );
  const auc = rowMetrics.result.partitions[0]!.groups[0]!.metrics.roc_auc!.delta!;
  const ece = rowMetrics.result.partitions[6]!.groups[0]!.metrics.ece!.challenger;
  lines.push(
    `| same rows, columns and resamples, challenger + champion: mean score, ROC AUC and ECE per group | ${rowMetrics.seconds.toFixed(2)} s | ${memoryText(rowMetrics)} | ROC AUC change of gender=f ${auc.value?.toFixed(4)} [${auc.ci?.lower.toFixed(4)}, ${auc.ci?.upper.toFixed(4)}]; ECE of ${rowMetrics.result.partitions[6]!.groups[0]!.name} ${ece.value?.toFixed(4)} [${ece.ci?.lower.toFixed(4)}, ${ece.ci?.upper.toFixed(4)}] |`,
  );

  // The floor of resampling rows, what the exact row bootstrap costs: each resample draws the rows
  // once more and reads one value per draw. Timed on a fiftieth of the resamples and scaled up.
  const floor = measure(() => {
    const rng = new Xoshiro128(1);
    const n = big.scores.length;
    const mask = 2 ** Math.ceil(Math.log2(n)) - 1;
    let total = 0;
    for (let r = 0; r < RESAMPLES / 50; r++) {
      for (let j = 0; j < n; j++) {
        let x = n;
        while (x >= n) x = (rng.nextUint32() & mask) >>> 0;
        total += big.scores[x]!;
      }
    }
    return total;
  });
  lines.push(
    `| floor of the row bootstrap: 1,000,000 draws × ${RESAMPLES.toLocaleString("en")} resamples, one value summed per draw (50× the time of ${RESAMPLES / 50}) | ${(50 * floor.seconds).toFixed(1)} s | | |`,
  );
  const [loadAfter] = (await readFile("/proc/loadavg", "utf8").catch(() => "?")).split(" ");
  return `1-minute load average before the runs: ${load}, after: ${loadAfter}\n\n${lines.join("\n")}`;
}

if (import.meta.main) console.log(await fairnessBench());
