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
