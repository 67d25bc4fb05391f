/**
 * Group metrics and disparities with intervals on 1,000,000 scored rows, three sensitive columns
 * (≈ 60 intersections), 2,000 resamples, challenger and champion: time and heap after scoring.
 * Run with `node packages/fairness/bench/fairness.bench.ts` (Node 24 runs TypeScript directly).
 */
import { Xoshiro128 } from "@mlops/stats";
import { evaluateFairness, groupRows } from "../src/index.ts";

const ROWS = 1_000_000;
const rng = new Xoshiro128(7);
const pick = (values: readonly string[]) => values[Math.floor(rng.nextFloat() * values.length)]!;
const genders = ["f", "m", "x"];
const ages = ["<25", "[25, 40)", "[40, 60)", "≥60"];
const regions = ["north", "south", "east", "west", "centre"];
const gender: string[] = [];
const age: string[] = [];
const region: string[] = [];
const labels = new Uint8Array(ROWS);
const challenger = new Uint8Array(ROWS);
const champion = new Uint8Array(ROWS);
const scores = new Float64Array(ROWS);
for (let i = 0; i < ROWS; i++) {
  gender.push(pick(genders));
  age.push(pick(ages));
  region.push(pick(regions));
  labels[i] = rng.nextFloat() < 0.3 ? 1 : 0;
  scores[i] = Math.min(1, 0.4 * labels[i]! + 0.6 * rng.nextFloat());
  challenger[i] = scores[i]! >= 0.5 ? 1 : 0;
  champion[i] = rng.nextFloat() < 0.9 ? challenger[i]! : 1 - challenger[i]!;
}

const heapBefore = process.memoryUsage().heapUsed;
const start = performance.now();
const grouped = groupRows(
  [
    { name: "gender", values: gender },
    { name: "age", values: age },
    { name: "region", values: region },
  ],
  { labels, challenger, champion },
);
const result = evaluateFairness(grouped, {
  method: "between_groups",
  agg: "worst_case",
  minGroupSize: 30,
  resamples: 2000,
  level: 0.95,
  seed: 0,
  champion: true,
});
const ms = performance.now() - start;
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
const rss = process.memoryUsage().rss / 2 ** 20;
const dp = result.worst.demographic_parity_difference;
console.log(
  `| ${ROWS.toLocaleString("en")} rows, ${grouped.intersections} intersections, 2,000 resamples, challenger + champion | ${(ms / 1000).toFixed(2)} s | heap +${heapMb.toFixed(0)} MB, rss ${rss.toFixed(0)} MB | DP difference ${dp.challenger.value?.toFixed(4)} [${dp.challenger.ci?.lower.toFixed(4)}, ${dp.challenger.ci?.upper.toFixed(4)}] |`,
);
