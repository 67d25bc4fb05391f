import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { formatError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { loadSuite } from "./suite-loader.ts";

async function suiteWithRows(rows: object[], rest = ""): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "llm-suite-"));
  await writeFile(
    path.join(dir, "s.yaml"),
    `prompts: [a.prompt]\nproviders: [{ model: gpt-4o-mini }]\ndatasets: [c.jsonl]\n${rest}`,
  );
  await writeFile(path.join(dir, "c.jsonl"), rows.map((r) => JSON.stringify(r)).join("\n"));
  return path.join(dir, "s.yaml");
}

describe("loadSuite", () => {
  it("checks the assertions of a dataset row, naming the file, line and key", async () => {
    const good = { customer: "Ann", assert: [{ type: "contains", value: "Ann" }] };
    const file = await suiteWithRows([
      good,
      { customer: "Bob", assert: [{ type: "containz", value: "Bob" }] },
    ]);
    const error = await loadSuite(file).catch((e: unknown) => e);
    const dataset = path.relative(process.cwd(), path.join(path.dirname(file), "c.jsonl"));
    expect(formatError(error)).toBe(
      `${dataset}:2 (assert[0].type): unknown type "containz"\n  hint: did you mean "contains"?`,
    );
    const loaded = await loadSuite(await suiteWithRows([good]));
    expect(loaded.cases[0]?.assert).toEqual([{ type: "contains", value: "Ann", weight: 1 }]);
  });

  it("refuses a dataset row's judged assertion in a suite without a judge, at its line", async () => {
    const row = { customer: "Ann", context: ["c"], assert: [{ type: "faithfulness", threshold: 0.5 }] };
    const error = await loadSuite(await suiteWithRows([{ customer: "Bo" }, row])).catch((e: unknown) => e);
    expect(formatError(error)).toMatch(
      /c\.jsonl:2 \(assert\): "faithfulness" is graded by a judge model, and the suite has no judge/,
    );
    const judged = await loadSuite(await suiteWithRows([row], "judge: { model: gpt-4.1-mini }\n"));
    expect(judged.cases[0]?.assert[0]).toMatchObject({ type: "faithfulness", threshold: 0.5 });
  });

  it("loads the regex engine and the JSON Schema validator for the types a suite or a row names", async () => {
    // A fresh module graph: no other test of this file has loaded an engine yet.
    const badPattern = { customer: "Ann", assert: [{ type: "not-regex", value: "(a)\\1" }] };
    const error = await loadSuite(await suiteWithRows([badPattern])).catch((e: unknown) => e);
    expect(formatError(error)).toMatch(
      /c\.jsonl:1 \(assert\[0\]\.value\): .*backreferences are not supported/,
    );
    const badSchema = "defaults:\n  assert: [{ type: is-json, value: { type: nope } }]\n";
    const schemaError = await loadSuite(await suiteWithRows([{ customer: "Ann" }], badSchema)).catch(
      (e: unknown) => e,
    );
    expect(formatError(schemaError)).toMatch(
      /s\.yaml:5:\d+ \(defaults\.assert\[0\]\.value\): not a valid JSON Schema/,
    );
  });

  it("refuses a gate on a metric the eval never produces, located, with the nearest name", async () => {
    const rows = [{ customer: "Ann", assert: [{ type: "contains", value: "Ann" }] }];
    const gates =
      "gates:\n  - { metric: pass_rate, min: 0.9 }\n  - { metric: pass_rat, min: 0.8 }\n  - { metric: flaky_cases, max: 0 }\n";
    const file = await suiteWithRows(rows, gates);
    const error = await loadSuite(file).catch((e: unknown) => e);
    expect(formatError(error).split("\n")).toEqual([
      `${file}:6:15 (gates[1].metric): the eval never produces a metric "pass_rat"`,
      expect.stringMatching(/^ {2}hint: did you mean "pass_rate"\? it produces: pass_rate, cases, errors/),
      `${file}:7:15 (gates[2].metric): the eval never produces a metric "flaky_cases"`,
      expect.stringMatching(/^ {2}hint: .*it produces: .*total_tokens, regressions, improvements$/),
    ]);
    // With repeats the eval counts flaky cases, so the same gate is fine.
    const repeated = await loadSuite(
      await suiteWithRows(rows, `repeat: 3\n${gates.replace("pass_rat,", "pass_rate,")}`),
    );
    expect(repeated.suite.gates.map((g) => g.metric)).toEqual(["pass_rate", "pass_rate", "flaky_cases"]);
  });
});
