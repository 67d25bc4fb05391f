/**
 * Paired bootstrap throughput on 1,000,000 paired predictions × 2,000 resamples.
 * Run with `node packages/stats/bench/paired-bootstrap.bench.ts` (Node 24 runs TypeScript directly).
 */
import { pairedMetricBootstrap, Xoshiro128 } from "../src/index.ts";

const ROWS = 1_000_000;
const RESAMPLES = 2_000;

const rng = new Xoshiro128(12345);
const labels = new Float64Array(ROWS);
const candidateProbability = new Float64Array(ROWS);
const baselineProbability = new Float64Array(ROWS);
const candidateLabel = new Float64Array(ROWS);
const baselineLabel = new Float64Array(ROWS);
for (let i = 0; i < ROWS; i++) {
  const y = rng.nextFloat() < 0.3 ? 1 : 0;
  const signal = rng.nextFloat();
  labels[i] = y;
  candidateProbability[i] = Math.min(
    0.999,
    Math.max(0.001, 0.35 * y + 0.65 * (0.5 * signal + 0.5 * rng.nextFloat())),
  );
  baselineProbability[i] = Math.min(
    0.999,
    Math.max(0.001, 0.3 * y + 0.7 * (0.5 * signal + 0.5 * rng.nextFloat())),
  );
  candidateLabel[i] = candidateProbability[i]! >= 0.5 ? 1 : 0;
  baselineLabel[i] = baselineProbability[i]! >= 0.5 ? 1 : 0;
}

async function time(
  label: string,
  run: () => { lower: number; upper: number } | null | Promise<{ lower: number; upper: number } | null>,
  resamples: number,
): Promise<number> {
  const start = performance.now();
  const interval = await run();
  const ms = performance.now() - start;
  const perResample = ms / resamples;
  const bounds = interval ? `[${interval.lower.toFixed(5)}, ${interval.upper.toFixed(5)}]` : "";
  console.log(
    `${label.padEnd(48)} ${(ms / 1000).toFixed(2).padStart(7)} s ${perResample.toFixed(3).padStart(9)} ms/resample  ${bounds}`,
  );
  return perResample;
}

/** The textbook loop for comparison: n uniform row indices per resample (exact, by rejection), summed. */
function naiveMeanResamples(values: Float64Array, resamples: number): null {
  const g = new Xoshiro128(1);
  const n = values.length;
  const mask = 2 ** Math.ceil(Math.log2(n)) - 1;
  let checksum = 0;
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      let row = g.nextUint32() & mask;
      while (row >= n) row = g.nextUint32() & mask;
      sum += values[row]!;
    }
    checksum += sum;
  }
  if (Number.isNaN(checksum)) throw new Error("NaN in the benchmark data");
  return null;
}

console.log(`paired bootstrap, ${ROWS.toLocaleString("en")} rows, percentile 95% interval`);
await time(
  `accuracy_score × ${RESAMPLES} (8-cell multinomial)`,
  () =>
    pairedMetricBootstrap(
      "accuracy_score",
      { actual: labels, candidate: candidateLabel, baseline: baselineLabel },
      { resamples: RESAMPLES },
    ),
  RESAMPLES,
);
const fast = await time(
  `log_loss × ${RESAMPLES} (mean of per-row losses)`,
  () =>
    pairedMetricBootstrap(
      "log_loss",
      { actual: labels, candidate: candidateProbability, baseline: baselineProbability },
      { resamples: RESAMPLES },
    ),
  RESAMPLES,
);
await time(
  `brier_score × ${RESAMPLES} (mean of per-row losses)`,
  () =>
    pairedMetricBootstrap(
      "brier_score",
      { actual: labels, candidate: candidateProbability, baseline: baselineProbability },
      { resamples: RESAMPLES },
    ),
  RESAMPLES,
);
const NAIVE_RESAMPLES = 50;
const differences = candidateProbability.map((p, i) => p - baselineProbability[i]!);
const naive = await time(
  `naive index resampling × ${NAIVE_RESAMPLES} (comparison)`,
  () => naiveMeanResamples(differences, NAIVE_RESAMPLES),
  NAIVE_RESAMPLES,
);
console.log(`mean path: ${(naive / fast).toFixed(1)}× faster per resample than naive index resampling`);
const RANK_RESAMPLES = 200;
for (const metric of ["roc_auc", "precision_recall_auc"]) {
  await time(
    `${metric} × ${RANK_RESAMPLES} (counts in rank order)`,
    () =>
      pairedMetricBootstrap(
        metric,
        { actual: labels, candidate: candidateProbability, baseline: baselineProbability },
        { resamples: RANK_RESAMPLES },
      ),
    RANK_RESAMPLES,
  );
}
