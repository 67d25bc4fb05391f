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

describe("parsePredictionsText", () => {
  it("reads CSV columns as it reads JSON Lines of the same rows, first key of each kind, its last column", () => {
    const csv = "score,prediction,probability,probability\n0.1,0,0.9,0.25\n0.8,1,0.2,0.75\n";
    const jsonl = csv
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => {
        const [score, prediction, , probability] = l.split(",");
        return JSON.stringify({ score, prediction, probability });
      })
      .join("\n");
    const fromCsv = parsePredictionsText(csv, "classification", "p");
    expect(fromCsv).toEqual({
      probability: Float64Array.from([0.25, 0.75]),
      label: Float64Array.from([0, 1]),
    });
    expect(parsePredictionsText(jsonl, "classification", "p")).toEqual(fromCsv);
    expect(parsePredictionsText("id,value\n1,2.5\n2,-1\n", "regression", "p")).toEqual({
      value: Float64Array.from([2.5, -1]),
    });
  });

  it("names the first bad row, checking each row's probability then its label", () => {
    const parse = (text: string) => () => parsePredictionsText(text, "classification", "batch");
    expect(parse("probability,prediction\n0.5,2\n1.5,1\n")).toThrow(
      'batch: prediction for row 1 is "2", not a label 0 or 1',
    );
    expect(parse("probability,prediction\n0.5,1\n1.5,1\n")).toThrow(
      'batch: prediction for row 2 is "1.5", not a probability in [0, 1]',
    );
    expect(parse("probability\n0.5\n\n")).not.toThrow();
    expect(parse('probability\n0.5\n""\n')).toThrow('batch: prediction for row 2 is "", not a finite number');
  });
});
