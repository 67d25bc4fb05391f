import {
  DELONG_INTERVAL_MIN_ROWS,
  intervalMethod,
  NEWCOMBE_ACCURACY_METHOD,
  PROPORTION_BOOTSTRAP_MIN_ROWS,
  type Predictions,
  significanceTests,
  type TrainValidateConfig,
} from "@mlops/models";
import { type ComparisonPart, round, type ScoredRows } from "./scored-rows.ts";

/**
 * Challenger against champion on the same rows: McNemar on accuracy and DeLong on ROC AUC, where the
 * predictions allow them, and a note on how every delta's interval is computed.
 */
export function significanceComparison(
  scored: ScoredRows & { champion: Predictions },
  bt: Pick<TrainValidateConfig["backtest"], "threshold" | "bootstrap">,
): ComparisonPart {
  const { actual } = scored;
  const tests = significanceTests(
    actual,
    scored.challenger,
    scored.champion,
    bt.threshold,
    bt.bootstrap.level,
  );
  const out: ComparisonPart = { metrics: {}, details: [] };
  const rows: (string | number | null)[][] = [];
  if (tests.mcnemar) {
    out.metrics.mcnemar_p_value = { value: tests.mcnemar.pValue, n: actual.length };
    rows.push([
      "McNemar (exact), accuracy",
      `challenger right/champion wrong ${tests.mcnemar.b}, the reverse ${tests.mcnemar.c}`,
      round(tests.mcnemar.pValue),
    ]);
  }
  if (tests.delong) {
    out.metrics.delong_p_value = { value: tests.delong.pValue, n: actual.length };
    rows.push([
      "DeLong, ROC AUC",
      `Δ ${round(tests.delong.difference)} [${round(tests.delong.ci.lower)}, ${round(tests.delong.ci.upper)}], z ${round(tests.delong.z)}`,
      round(tests.delong.pValue),
    ]);
  }
  if (rows.length > 0) {
    out.details.push({
      type: "table",
      title: "Significance tests (challenger vs champion)",
      columns: ["test", "result", "p-value"],
      rows,
    });
  }
  out.details.push({
    type: "text",
    title: "How the intervals are computed",
    text:
      `Every delta's interval is a ${intervalMethod(bt.bootstrap)} at ${bt.bootstrap.level * 100}%: rows are resampled with replacement and both models' metric is computed on the same resample, so the interval reflects the paired design. ` +
      `Accuracy on fewer than ${PROPORTION_BOOTSTRAP_MIN_ROWS} rows uses ${NEWCOMBE_ACCURACY_METHOD} instead, because the bootstrap under-covers there; ` +
      `ROC AUC on ${DELONG_INTERVAL_MIN_ROWS} rows or more uses DeLong's interval, which agrees with the bootstrap at that size for a fraction of its cost; each metric's interval names its method.`,
  });
  return out;
}
