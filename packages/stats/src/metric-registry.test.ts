import { ConfigError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { computeMetric, isMetricName, METRIC_NAMES, metricDefinition } from "./metric-registry.ts";
import { metricCases } from "./test-support/metric-cases.ts";

describe("metric registry", () => {
  it("uses MLflow's default metric keys", () => {
    for (const name of [
      "accuracy_score",
      "precision_score",
      "recall_score",
      "f1_score",
      "log_loss",
      "roc_auc",
      "precision_recall_auc",
      "mean_absolute_error",
      "mean_squared_error",
      "root_mean_squared_error",
      "r2_score",
      "max_error",
      "mean_absolute_percentage_error",
    ]) {
      expect(METRIC_NAMES).toContain(name);
    }
  });

  it("knows which direction is better and what prediction each metric needs", () => {
    expect(metricDefinition("log_loss")).toMatchObject({ greaterIsBetter: false, prediction: "probability" });
    expect(metricDefinition("roc_auc")).toMatchObject({ greaterIsBetter: true, prediction: "score" });
    expect(metricDefinition("f1_score")).toMatchObject({ greaterIsBetter: true, prediction: "label" });
    expect(metricDefinition("r2_score")).toMatchObject({ greaterIsBetter: true, prediction: "value" });
  });

  it("computes by name", () => {
    const c = metricCases.classification[0]!;
    expect(computeMetric("roc_auc", c.labels, c.scores)).toBe(c.rocAuc);
    expect(computeMetric("accuracy_score", c.labels, c.predictions)).toBe(c.accuracy);
  });

  it("rejects unknown names with the list of known ones", () => {
    expect(isMetricName("toString")).toBe(false);
    const error = (() => {
      try {
        metricDefinition("auc");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).hint).toContain("roc_auc");
  });
});
