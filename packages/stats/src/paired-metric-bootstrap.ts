import type { ConfusionCounts } from "./classification-metrics.ts";
import {
  accuracyFromCounts,
  f1FromCounts,
  precisionFromCounts,
  recallFromCounts,
} from "./classification-metrics.ts";
import type { MetricName } from "./metric-registry.ts";
import { metricDefinition } from "./metric-registry.ts";
import { assertSameLength } from "./numeric-input.ts";
import type { BootstrapInterval, BootstrapOptions } from "./paired-bootstrap.ts";
import { percentileInterval, resolveBootstrapOptions } from "./paired-bootstrap.ts";
import { pairedCellBootstrap } from "./paired-cell-bootstrap.ts";
import type { PairedPredictions } from "./paired-delta-resampler.ts";
import { pairedDeltaReplicates } from "./resample-worker.ts";

/**
 * Paired bootstrap interval for metric(candidate) − metric(baseline) on the same rows, for any metric
 * of the registry, by the fastest method that is exact for it: accuracy, precision, recall and F1 by a
 * multinomial draw over the 8 cells label × candidate × baseline (`pairedCellBootstrap`), O(1) per
 * resample; every other metric by resampling rows (`pairedDeltaResampler`), its resamples split in two
 * halves with streams of their own, the second on a worker thread from `RESAMPLE_WORKER_MIN_ROWS` rows
 * (`resample-worker.ts`). The interval for a seed does not depend on which thread computes a half.
 *
 * All paths draw n rows with replacement per resample; they differ only in how much work a resample
 * needs. Returns `null` when the metric is undefined on the rows or on some resample (too little data).
 */
export async function pairedMetricBootstrap(
  metric: MetricName | string,
  data: PairedPredictions,
  options: BootstrapOptions = {},
): Promise<BootstrapInterval | null> {
  const definition = metricDefinition(metric);
  const { actual, candidate, baseline } = data;
  assertSameLength(
    definition.name,
    { name: "actual", values: actual },
    { name: "candidate", values: candidate },
  );
  assertSameLength(
    definition.name,
    { name: "actual", values: actual },
    { name: "baseline", values: baseline },
  );
  const { resamples, level, seed } = resolveBootstrapOptions(options);
  // Validates labels, probabilities and scores, and settles undefined metrics before any resampling.
  const candidateValue = definition.compute(actual, candidate);
  const baselineValue = definition.compute(actual, baseline);
  if (candidateValue === null || baselineValue === null) return null;
  switch (definition.name) {
    case "accuracy_score":
      return confusionCellBootstrap(data, (c) => accuracyFromCounts(c), options);
    case "precision_score":
      return confusionCellBootstrap(data, precisionFromCounts, options);
    case "recall_score":
      return confusionCellBootstrap(data, recallFromCounts, options);
    case "f1_score":
      return confusionCellBootstrap(data, f1FromCounts, options);
    default: {
      const replicates = await pairedDeltaReplicates(definition.name, data, resamples, seed);
      return replicates && percentileInterval(candidateValue - baselineValue, replicates, level);
    }
  }
}

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

/** Cell index label·4 + candidate·2 + baseline: the paired confusion table of two classifiers. */
function confusionCellBootstrap(
  { actual, candidate, baseline }: PairedPredictions,
  metric: (c: ConfusionCounts) => number | null,
  options: BootstrapOptions,
): BootstrapInterval | null {
  const cells = new Float64Array(8);
  for (let i = 0; i < actual.length; i++) cells[actual[i]! * 4 + candidate[i]! * 2 + baseline[i]!]!++;
  const confusion = (counts: Float64Array, model: "candidate" | "baseline"): ConfusionCounts => {
    const c: ConfusionCounts = { truePositives: 0, falsePositives: 0, trueNegatives: 0, falseNegatives: 0 };
    for (let cell = 0; cell < 8; cell++) {
      const label = cell >> 2;
      const predicted = model === "candidate" ? (cell >> 1) & 1 : cell & 1;
      const count = counts[cell]!;
      if (predicted === 1) {
        if (label === 1) c.truePositives += count;
        else c.falsePositives += count;
      } else if (label === 1) c.falseNegatives += count;
      else c.trueNegatives += count;
    }
    return c;
  };
  return pairedCellBootstrap(
    cells,
    (counts) => difference(metric(confusion(counts, "candidate")), metric(confusion(counts, "baseline"))),
    options,
  );
}
