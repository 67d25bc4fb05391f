import { describe, expect, it } from "vitest";
import { parsePredictionsText, predictionsGiveProbability } from "./predictions.ts";

describe("predictionsGiveProbability", () => {
  it.each([
    ["a CSV with a probability column", "id,probability\n1,0.2\n", true],
    ["a CSV with a prediction column only", "prediction\n1\n0\n", false],
    ["JSON Lines of labels", '{"label": 1}\n{"label": 0}\n', false],
    ["JSON Lines with a score", '{"score": 0.4, "prediction": 0}\n', true],
    ["a JSON array of numbers", "[0.1, 0.9]", true],
    ['{"predictions": [...]} of labels', '{"predictions": [{"prediction": 1}]}', false],
  ])("reads %s from its header or first item", (_, text, expected) => {
    expect(predictionsGiveProbability(text)).toBe(expected);
    // The same answer as parsing the whole text.
    expect(parsePredictionsText(text, "classification", "p").probability !== undefined).toBe(expected);
  });

  it("says nothing about text it cannot read, leaving the error to scoring", () => {
    expect(predictionsGiveProbability("[0.1, ")).toBeUndefined();
    expect(predictionsGiveProbability("[]")).toBeUndefined();
  });
});
