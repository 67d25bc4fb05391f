import { describe, expect, it } from "vitest";
import { significanceComparison } from "./significance.ts";

const bt = { threshold: 0.5, bootstrap: { resamples: 500, level: 0.95, seed: 0 } };

describe("significanceComparison", () => {
  it("runs McNemar and DeLong on probabilities, with their p-values as metrics", () => {
    const actual = Float64Array.from({ length: 40 }, (_, i) => i % 2);
    const challenger = {
      probability: Float64Array.from(actual, (y, i) => (y ? 0.6 + (i % 5) / 20 : 0.4 - (i % 5) / 20)),
    };
    const champion = {
      probability: Float64Array.from(actual, (y, i) => (i % 4 === 0 ? 1 - y : y) * 0.8 + 0.1),
    };
    const part = significanceComparison({ actual, challenger, champion }, bt);
    expect(part.metrics.mcnemar_p_value).toMatchObject({ n: 40 });
    expect(part.metrics.delong_p_value).toMatchObject({ n: 40 });
    expect(part.metrics.mcnemar_p_value?.value).toBeLessThan(0.05);
    expect(part.details.map((d) => d.title)).toEqual([
      "Significance tests (challenger vs champion)",
      "How the intervals are computed",
    ]);
    expect(part.details[1]).toMatchObject({ text: expect.stringContaining("500 resamples, seed 0 at 95%") });
  });

  it("has only the note on intervals when the predictions allow no test", () => {
    const actual = Float64Array.of(1.5, 2, 3);
    const part = significanceComparison(
      {
        actual,
        challenger: { value: Float64Array.of(1, 2, 3) },
        champion: { value: Float64Array.of(2, 2, 2) },
      },
      bt,
    );
    expect(part.metrics).toEqual({});
    expect(part.details.map((d) => d.title)).toEqual(["How the intervals are computed"]);
  });
});
