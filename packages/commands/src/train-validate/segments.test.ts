import { describe, expect, it } from "vitest";
import { largestGroups, segmentComparison } from "./segments.ts";

const options = { threshold: 0.5, bootstrap: { resamples: 200, level: 0.9, seed: 1 } };

describe("largestGroups", () => {
  it("groups row numbers by value, largest first, up to the limit", () => {
    expect(largestGroups(["a", "b", "a", "c", "a", "b"], 2)).toEqual([
      ["a", [0, 2, 4]],
      ["b", [1, 5]],
    ]);
  });
});

describe("segmentComparison", () => {
  it("computes the primary metric per slice against the champion, named metric[column=value]", async () => {
    const scored = {
      actual: Float64Array.of(1, 0, 1, 0, 1, 0, 1, 0),
      challenger: { label: Float64Array.of(1, 0, 1, 0, 1, 0, 0, 1) },
      champion: { label: Float64Array.of(1, 1, 0, 0, 1, 1, 0, 0) },
    };
    const part = await segmentComparison(
      scored,
      { columns: ["region"], values: [["eu", "eu", "eu", "eu", "us", "us", "us", "us"]], maxValues: 20 },
      "accuracy_score",
      options,
    );
    expect(Object.keys(part.metrics)).toEqual(["accuracy_score[region=eu]", "accuracy_score[region=us]"]);
    expect(part.metrics["accuracy_score[region=eu]"]).toMatchObject({ value: 1, baseline: { value: 0.5 } });
    expect(part.metrics["accuracy_score[region=us]"]).toMatchObject({ value: 0.5, baseline: { value: 0.5 } });
    expect(part.details[0]).toMatchObject({
      title: "accuracy_score per segment",
      columns: ["segment", "rows", "challenger", "champion", "Δ", "90% CI"],
    });
    expect((part.details[0] as { rows: unknown[][] }).rows[0]?.slice(0, 5)).toEqual([
      "region=eu",
      4,
      1,
      0.5,
      0.5,
    ]);
  });
});
