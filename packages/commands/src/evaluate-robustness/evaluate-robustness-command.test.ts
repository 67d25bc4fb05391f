import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError, createLogger, type Envelope, formatError } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { registryWithChampion } from "../../../../test/harness/file-registry.ts";
import { runEvaluateRobustness } from "./evaluate-robustness-command.ts";

const logger = createLogger({ github: false, write: () => {} });
const ROWS = 400;

/**
 * A logistic model on income around 5000: the challenger's decision boundary runs through the data,
 * so a 1% jitter flips rows near it; the champion's `bias` moves its boundary far away. A `flaky` model
 * adds noise to every answer; a `batch_mean` one centres income on the batch's mean. `crash_on_missing` exits when an income is missing, `crash_above` when
 * one is above it; `drop_above` answers one row short when an income is above it.
 */
const PREDICT = `const fs = require("node:fs");
const [model, input, output] = process.argv.slice(2);
const m = JSON.parse(fs.readFileSync(model, "utf8"));
const [header, ...rows] = fs.readFileSync(input, "utf8").trim().split("\\n");
const cols = header.split(",");
const inc = cols.indexOf("income");
const reg = cols.indexOf("region");
let out = rows.map((r) => {
  const f = r.split(",");
  if (f[inc] === "" && m.crash_on_missing) { console.error("income is missing"); process.exit(3); }
  if (m.crash_above && Number(f[inc]) > m.crash_above) { console.error("income out of range"); process.exit(3); }
  const z = (Number(f[inc] || 0) - 5000) / m.scale + (m.flaky ? Math.random() * 2 - 1 : 0) + (m.bias || 0) + (f[reg] === "south" ? 0.5 : 0);
  return (1 / (1 + Math.exp(-z))).toFixed(6);
});
if (m.batch_mean) { const xs = rows.map((r) => Number(r.split(",")[inc])); const mean = xs.reduce((a, b) => a + b, 0) / xs.length; out = xs.map((x) => (1 / (1 + Math.exp(-(x - mean) / 50))).toFixed(6)); }
if (rows.some((r) => Number(r.split(",")[inc]) > (m.drop_above ?? Infinity))) out = out.slice(1);
fs.writeFileSync(output, "probability\\n" + out.join("\\n") + "\\n");
`;

async function project(options: { config?: string; champion?: boolean; challenger?: object } = {}) {
  const dir = await mkdtemp(path.join(tmpdir(), "evaluate-robustness-"));
  const lines = Array.from(
    { length: ROWS },
    (_, i) =>
      `r${i},${20 + (i % 50)},${4600 + ((i * 37) % 400) * 2},${i % 3 === 0 ? "south" : "north"},${i % 2 ? "plus" : "basic"},${i % 2}`,
  );
  await writeFile(path.join(dir, "data.csv"), `id,age,income,region,plan,label\n${lines.join("\n")}\n`);
  await writeFile(path.join(dir, "predict.cjs"), PREDICT);
  await writeFile(path.join(dir, "model.json"), JSON.stringify(options.challenger ?? { scale: 20 }));
  const registry = path.join(dir, "registry");
  if (options.champion === false) await mkdir(registry);
  else
    await registryWithChampion(registry, "m", {
      uri: "artifacts/m.json",
      content: '{"scale": 2000, "bias": 3}',
    });
  await writeFile(
    path.join(dir, "robustness.yml"),
    options.config ??
      `model: m
champion: { registry: registry }
scorer: { type: command, command: '${process.execPath} predict.cjs {model} {input} {output}' }
challenger: { model: model.json }
data: { path: data.csv, label: label, id: id }
immutable: [region]
detectors:
  - { type: jitter, sample: 300, seed: 1, threshold: 0.02 }
  - { type: categorical_swap, sample: 200, seed: 2, severity: warn }
  - { type: unit_slip, sample: 100, seed: 3 }
gates:
  - { metric: "fail_rate[jitter]", non_inferiority_margin: 0.01 }
`,
  );
  return dir;
}

async function editConfig(dir: string, ...edits: [string, string][]) {
  const file = path.join(dir, "robustness.yml");
  let text = await readFile(file, "utf8");
  for (const [from, to] of edits) text = text.replace(from, to);
  await writeFile(file, text);
}

async function run(dir: string) {
  const result = await runEvaluateRobustness({ config: "robustness.yml" }, { logger, cwd: dir });
  const envelope = JSON.parse(await readFile(result.envelopePath, "utf8")) as Envelope;
  return { result, envelope };
}

async function configError(dir: string): Promise<string> {
  const error = await runEvaluateRobustness({ config: "robustness.yml" }, { logger, cwd: dir }).catch(
    (e) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return formatError(error);
}

describe("evaluate-robustness", () => {
  it("measures each detector's fail rate with a Wilson interval and the paired change against the champion", async () => {
    const { result, envelope } = await run(await project());
    expect(envelope.kind).toBe("robustness");
    const jitter = envelope.metrics["fail_rate[jitter]"]!;
    expect(jitter.n).toBe(300);
    expect(jitter.value).toBeGreaterThan(0.05);
    expect(jitter.ci!.method).toBe("Wilson score");
    expect(jitter.ci!.lower).toBeLessThan(jitter.value!);
    expect(jitter.baseline!.value).toBeLessThan(jitter.value!);
    expect(jitter.delta!.value).toBeCloseTo(jitter.value! - jitter.baseline!.value!, 10);
    expect(jitter.delta!.ci!.lower).toBeGreaterThan(0);
    expect(envelope.metrics.fail_rate!.value).toBe(
      Math.max(
        ...["jitter", "categorical_swap", "unit_slip"].map(
          (t) => envelope.metrics[`fail_rate[${t}]`]!.value!,
        ),
      ),
    );
    const checks = Object.fromEntries(envelope.checks.map((c) => [c.id, c]));
    expect(checks["detector:jitter"]).toMatchObject({ status: "fail", severity: "fail" });
    expect(checks["detector:categorical_swap"]!.severity).toBe("warn");
    expect(envelope.checks.find((c) => c.gate)).toMatchObject({
      metric: "fail_rate[jitter]",
      status: "fail",
    });
    expect(result).toMatchObject({ status: "fail", championVersion: "1.0.0" });
    const fragile = envelope.details!.find(
      (d) => d.type === "table" && d.title.startsWith("Most fragile rows"),
    );
    expect(fragile).toBeDefined();
    if (fragile?.type !== "table") throw new Error("no table");
    expect(fragile.rows.length).toBeGreaterThanOrEqual(10);
    // The plan swap is the only categorical change: region is immutable.
    const changed = new Set(fragile.rows.map((r) => r[4]));
    expect(changed.has("region")).toBe(false);
    expect(envelope.details!.some((d) => d.type === "bar-chart")).toBe(true);
  });

  it("tells a flaky model from a fragile one: the same rows scored twice disagree", async () => {
    const steady = (await run(await project({ champion: false }))).envelope;
    expect(steady.checks.find((c) => c.id === "stochasticity")).toMatchObject({
      status: "pass",
      severity: "warn",
    });
    expect(steady.metrics.stochastic_rate).toMatchObject({ value: 0, n: 100 });

    const { envelope } = await run(
      await project({ champion: false, challenger: { scale: 20, flaky: true } }),
    );
    const check = envelope.checks.find((c) => c.id === "stochasticity")!;
    expect(check.status).toBe("fail");
    expect(check.message).toMatch(/not deterministic: \d+ of 100 rows scored twice/);
    expect(envelope.metrics.stochastic_rate!.value).toBeGreaterThan(0.5);
    expect(envelope.checks.find((c) => c.id === "detector:jitter")!.message).toMatch(
      /part of this rate is noise/,
    );
  });

  it("runs invariance and directional tests in YAML as detectors, gated by name", async () => {
    const dir = await project({ champion: false });
    await editConfig(dir, [
      "gates:",
      `behaviour:
  - { type: invariance, column: region, tolerance: 0.2 }
  - { type: directional, name: income-up, column: income, change: { add: 100 }, expect: increase }
  - { type: directional, name: income-down, column: income, change: { add: 100 }, expect: decrease, severity: warn }
gates:
  - { metric: "fail_rate[income-up]", max: 0 }`,
    ]);
    const { envelope } = await run(dir);
    const checks = Object.fromEntries(envelope.checks.map((c) => [c.id, c]));
    // The model reads region: moving it moves every score near the boundary.
    expect(envelope.metrics["fail_rate[invariance:region]"]!.value).toBeGreaterThan(0);
    expect(checks["detector:invariance:region"]!.status).toBe("fail");
    // Its score rises with income, never falls.
    expect(envelope.metrics["fail_rate[income-up]"]).toMatchObject({ value: 0, n: ROWS });
    expect(envelope.metrics["fail_rate[income-down]"]!.value).toBeGreaterThan(0.5);
    expect(checks["detector:income-down"]).toMatchObject({ status: "fail", severity: "warn" });
    expect(envelope.checks.find((c) => c.gate)).toMatchObject({
      metric: "fail_rate[income-up]",
      status: "pass",
    });
  });

  it("names a behavioural test's column the model does not see", async () => {
    const dir = await project();
    await editConfig(dir, ["gates:", "behaviour:\n  - { type: invariance, column: regon }\ngates:"]);
    expect(await configError(dir)).toMatch(
      /behaviour\[0\]\.column[\s\S]*"regon", which the model does not see[\s\S]*did you mean "region"/,
    );
  });

  it("runs minimum-functionality cases with expected answers: fail rate with an interval, failing cases listed", async () => {
    const dir = await project();
    await editConfig(dir, [
      "gates:",
      `behaviour:
  - type: minimum_functionality
    name: mft-basics
    defaults: { age: 30, plan: basic, region: north }
    cases:
      - { values: { income: 6000 }, expect: 1 }
      - { values: { income: 4000 }, expect: 0 }
      - { values: { income: 4990, region: south }, expect: 0 }
      - { values: { income: 5100, plan: plus }, expect: 0 }
gates:`,
    ]);
    const { envelope } = await run(dir);
    const metric = envelope.metrics["fail_rate[mft-basics]"]!;
    // 4990 in the south sits on the challenger's boundary (a positive decision), 5100 is above it.
    expect(metric).toMatchObject({ value: 0.5, n: 4 });
    expect(metric.ci!.method).toBe("Wilson score");
    // The champion says yes to all four: the three expected noes fail.
    expect(metric.baseline!.value).toBe(0.75);
    expect(envelope.checks.find((c) => c.id === "detector:mft-basics")).toMatchObject({ status: "fail" });
    const table = envelope.details!.find(
      (d) => d.type === "table" && d.title.startsWith("Minimum-functionality failures"),
    );
    if (table?.type !== "table") throw new Error("no failures table");
    expect(table.rows).toEqual([
      ["mft-basics", 3, "0", "1", "age=30, plan=basic, region=south, income=4990"],
      ["mft-basics", 4, "0", "1", "age=30, plan=plus, region=north, income=5100"],
    ]);
  });

  it("names a minimum-functionality case's missing and unknown features, located", async () => {
    const dir = await project();
    await editConfig(dir, [
      "gates:",
      `behaviour:
  - type: minimum_functionality
    name: mft
    defaults: { age: 30, plan: basic }
    cases:
      - { values: { income: 6000, region: north }, expect: 1 }
      - { values: { incme: 4000, region: north }, expect: 0 }
gates:`,
    ]);
    const message = await configError(dir);
    expect(message).toMatch(
      /robustness\.yml:\d+:\d+ \(behaviour\[0\]\.cases\[1\]\.values\.incme\)[\s\S]*did you mean "income"/,
    );
    expect(message).toMatch(/\(behaviour\[0\]\.cases\[1\]\)[\s\S]*case 2 of mft gives no value for income/);
  });

  it("finds a model whose answer depends on the rest of the batch", async () => {
    const steady = (await run(await project({ champion: false }))).envelope;
    expect(steady.checks.find((c) => c.id === "batch_dependence")).toMatchObject({ status: "pass" });
    expect(steady.metrics.batch_dependent_rate).toMatchObject({ value: 0, n: 10 });

    const { envelope } = await run(await project({ champion: false, challenger: { batch_mean: true } }));
    const check = envelope.checks.find((c) => c.id === "batch_dependence")!;
    expect(check).toMatchObject({ status: "fail", severity: "warn" });
    expect(check.message).toMatch(/depends on the other rows of the batch: \d+ of 10 rows scored alone/);
  });

  it("gives identical metrics for the same seeds", async () => {
    const dir = await project();
    const a = (await run(dir)).envelope;
    const b = (await run(dir)).envelope;
    expect(b.metrics).toEqual(a.metrics);
    expect(b.details).toEqual(a.details);
  });

  it("judges the first model by the detectors' thresholds alone, skipping the champion gate", async () => {
    const dir = await project({ champion: false, challenger: { scale: 2000, bias: 3 } });
    const { envelope } = await run(dir);
    expect(envelope.metrics["fail_rate[jitter]"]!.baseline).toBeUndefined();
    expect(envelope.checks.find((c) => c.gate)).toMatchObject({ status: "skipped", skip: "first-version" });
    expect(envelope.checks.find((c) => c.id === "detector:jitter")!.status).toBe("pass");
  });

  it("reports a model that crashes on a perturbed value as a failed detector, not as a crash of the run", async () => {
    const dir = await project({ champion: false, challenger: { scale: 20, crash_on_missing: true } });
    await editConfig(dir, [
      "  - { type: unit_slip, sample: 100, seed: 3 }",
      "  - { type: missing_value, sample: 50 }",
    ]);
    const { envelope } = await run(dir);
    const check = envelope.checks.find((c) => c.id === "detector:missing_value")!;
    expect(check.status).toBe("fail");
    expect(check.message).toMatch(/could not score perturbed rows: .*exit/);
    expect(envelope.metrics["fail_rate[missing_value]"]!.value).toBeNull();
    expect(envelope.metrics.fail_rate!.value).toBeNull();
    expect(envelope.status).toBe("fail");
  });

  it("reports a scorer answering with the wrong number of predictions as a finding", async () => {
    const dir = await project({ champion: false, challenger: { scale: 20, drop_above: 100000 } });
    const { envelope } = await run(dir);
    const check = envelope.checks.find((c) => c.id === "detector:unit_slip")!;
    expect(check.status).toBe("fail");
    expect(check.message).toMatch(/predictions/);
  });

  it("refuses a predictions file, located at the scorer", async () => {
    const dir = await project();
    await editConfig(dir, [
      `scorer: { type: command, command: '${process.execPath} predict.cjs {model} {input} {output}' }`,
      "scorer: { type: predictions, file: p.csv }",
    ]);
    expect(await configError(dir)).toMatch(
      /robustness\.yml:3:17 \(scorer\.type\)[\s\S]*cannot score perturbed rows/,
    );
  });

  it("names a missing immutable column with the nearest one", async () => {
    const dir = await project();
    await editConfig(dir, ["immutable: [region]", "immutable: [regoin]"]);
    expect(await configError(dir)).toMatch(
      /immutable\[0\][\s\S]*"regoin" is not in data\.csv[\s\S]*did you mean "region"/,
    );
  });

  it("stops when no feature is left to perturb", async () => {
    const dir = await project();
    await editConfig(dir, ["immutable: [region]", "immutable: [age, income, region, plan]"]);
    expect(await configError(dir)).toMatch(/no feature is left to perturb/);
  });

  it("refuses a gate on a metric it does not produce", async () => {
    const dir = await project();
    await editConfig(dir, ['metric: "fail_rate[jitter]"', 'metric: "fail_rate[jiter]"']);
    expect(await configError(dir)).toMatch(/fail_rate\[jiter\]/);
  });

  it("refuses contract bounds that hold none of the data, located in the contract", async () => {
    const dir = await project({ champion: false });
    await writeFile(
      path.join(dir, "contract.yml"),
      "columns:\n  income:\n    type: number\n    min: 0\n    max: 60\n",
    );
    await editConfig(dir, ["immutable: [region]", "immutable: [region]\ncontract: contract.yml"]);
    expect(await configError(dir)).toMatch(
      /contract\.yml:4:\d+ \(columns\.income\.min\): the range of income \[0, 60\] holds none of its values in data\.csv \(4600 to 5398\)/,
    );
  });

  it("keeps perturbations inside the contract's declared ranges", async () => {
    const dir = await project({ champion: false });
    await writeFile(
      path.join(dir, "contract.yml"),
      "columns:\n  income: { type: number, min: 4600, max: 5398 }\n",
    );
    await editConfig(dir, [
      "immutable: [region]",
      "immutable: [region]\ncontract: contract.yml\nfragile_rows: 400",
    ]);
    const { envelope } = await run(dir);
    const fragile = envelope.details!.find(
      (d) => d.type === "table" && d.title.startsWith("Most fragile rows"),
    );
    if (fragile?.type !== "table") throw new Error("no table");
    const jittered = fragile.rows.filter(
      (r, i) =>
        r[4] === "income" &&
        fragile.rows
          .slice(0, i + 1)
          .reverse()
          .find((x) => x[0] !== "")![0] === "jitter",
    );
    expect(jittered.length).toBeGreaterThan(0);
    for (const r of jittered) {
      expect(Number(r[6])).toBeGreaterThanOrEqual(4600);
      expect(Number(r[6])).toBeLessThanOrEqual(5398);
    }
  });
});

describe("evaluate-robustness boundary attack", () => {
  /** One cheap detector and the attack on 30 rows; the sanity checks are tested above. */
  const attackConfig = (attack: string, extra = "") => `model: m
champion: { registry: registry }
scorer: { type: command, command: '${process.execPath} predict.cjs {model} {input} {output}' }
challenger: { model: model.json }
data: { path: data.csv, label: label, id: id }
immutable: [region]
stochasticity: false
batch_dependence: false
detectors:
  - { type: categorical_swap, sample: 20, seed: 2 }
attack: ${attack}
${extra}`;

  it("finds the smallest counterexamples within the budget, against the champion on the same rows", async () => {
    const dir = await project({
      config: attackConfig(
        "{ rows: 30, max_queries: 30, epsilon: 0.5, seed: 4 }",
        "gates:\n  - { metric: attack_success_rate, max: 0.1 }\n  - { metric: attack_queries, max: 900 }\n",
      ),
    });
    const { envelope } = await run(dir);
    const success = envelope.metrics.attack_success_rate!;
    // Income's spread is about 230 and the challenger's boundary sits at 5000 (4990 in the south):
    // rows within 115 of it flip within half a standard deviation.
    expect(success.n).toBe(30);
    expect(success.value).toBeGreaterThan(0.1);
    expect(success.value).toBeLessThan(0.7);
    expect(success.ci!.method).toBe("Wilson score");
    // The champion's boundary lies far outside the data: no counterexample.
    expect(success.baseline!.value).toBe(0);
    expect(success.delta!.ci!.lower).toBeGreaterThan(0);
    expect(envelope.metrics.attack_median_perturbation!.value).toBeGreaterThan(0);
    expect(envelope.metrics.attack_median_perturbation!.baseline!.value).toBeNull();
    const queries = envelope.metrics.attack_queries!;
    expect(queries.value).toBeGreaterThan(30);
    expect(queries.value).toBeLessThanOrEqual(30 * 30);
    const checks = Object.fromEntries(envelope.checks.map((c) => [c.id, c]));
    expect(checks.attack).toMatchObject({ status: "fail", severity: "fail", metric: "attack_success_rate" });
    const gates = envelope.checks.filter((c) => c.gate);
    expect(gates.map((g) => g.status)).toEqual(["fail", "pass"]);
    const smallest = envelope.details!.find(
      (d) => d.type === "table" && d.title.startsWith("Smallest counterexamples"),
    );
    if (smallest?.type !== "table") throw new Error("no counterexample table");
    // Only mutable numbers move: never the immutable region nor the plan, a category.
    const columns = new Set(smallest.rows.map((r) => r[2]));
    expect([...columns].every((c) => c === "income" || c === "age")).toBe(true);
    const sizes = smallest.rows.filter((r) => r[1] !== "").map((r) => Number(r[1]));
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    for (const r of smallest.rows) expect(Number.isInteger(Number(r[4]))).toBe(true);
    expect(envelope.summary).toMatch(/attack success \d+(\.\d)?% of 30 rows/);
  });

  it("reports a model that crashes on a value the attack tries as a finding, not a crash of the run", async () => {
    const dir = await project({
      champion: false,
      // Its boundary lies beyond the data: the attack looks past the largest income.
      challenger: { scale: 20, bias: -30, crash_above: 5398 },
      config: attackConfig("{ rows: 20, max_queries: 40 }"),
    });
    const { envelope } = await run(dir);
    const check = envelope.checks.find((c) => c.id === "attack")!;
    expect(check).toMatchObject({ status: "fail", observed: "scorer failed" });
    expect(check.message).toMatch(/could not score the attack's rows: .*exit/);
    expect(envelope.metrics.attack_success_rate).toMatchObject({ value: null });
    expect(envelope.metrics.attack_success_rate!.unavailable).toMatch(/scorer failed/);
    expect(envelope.status).toBe("fail");
  });

  it("reports a scorer answering an attack batch with the wrong number of predictions as a finding", async () => {
    const dir = await project({
      champion: false,
      challenger: { scale: 20, bias: -30, drop_above: 5398 },
      config: attackConfig("{ rows: 20, max_queries: 40 }"),
    });
    const check = (await run(dir)).envelope.checks.find((c) => c.id === "attack")!;
    expect(check.status).toBe("fail");
    expect(check.message).toMatch(/predictions/);
  });

  it("stops, located at attack, when every numeric feature is immutable", async () => {
    const dir = await project({
      config: attackConfig("{ rows: 20 }").replace("[region]", "[region, age, income]"),
    });
    expect(await configError(dir)).toMatch(
      /robustness\.yml:11:\d+ \(attack\)[\s\S]*no feature to move[\s\S]*age, income/,
    );
  });

  it("refuses an unknown attack key, located", async () => {
    const dir = await project({ config: attackConfig("{ rows: 20, budget: 100 }") });
    expect(await configError(dir)).toMatch(/robustness\.yml:11:\d+[\s\S]*budget/);
  });
});
