import { loadConfigFile } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { refusal } from "./refusal.ts";

const labelled = z.strictObject({
  answers: z.array(z.strictObject({ refusal: z.boolean(), text: z.string() })),
});

/**
 * The refusal detector against hand-labelled answers. Its known misses are in the set on purpose
 * (refusals in words no list holds, capability statements before an answer), so the figures are
 * honest ones: the bounds below hold them where they are and fail on a change that makes them worse.
 */
describe("refusal detector calibration", async () => {
  const { answers } = await loadConfigFile(
    new URL("../../fixtures/refusal-answers.yaml", import.meta.url).pathname,
    labelled,
  );
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const a of answers) {
    const fired = refusal(a.text).fired;
    counts[fired ? (a.refusal ? "tp" : "fp") : a.refusal ? "fn" : "tn"]++;
  }

  it("has precision of at least 0.9 and recall of at least 0.9 on the labelled answers", () => {
    expect(answers.length).toBeGreaterThanOrEqual(40);
    const precision = counts.tp / (counts.tp + counts.fp);
    const recall = counts.tp / (counts.tp + counts.fn);
    expect({ precision: precision >= 0.9, recall: recall >= 0.9, counts }).toMatchObject({
      precision: true,
      recall: true,
    });
  });
});
