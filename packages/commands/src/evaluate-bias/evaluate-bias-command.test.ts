import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError, createLogger, type Envelope, formatError, RuntimeFailure } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { registryWithChampion } from "../../../../test/harness/file-registry.ts";
import { runEvaluateBias } from "./evaluate-bias-command.ts";

const logger = createLogger({ github: false, write: () => {} });
const ROWS = 600;

interface Row {
  gender: string;
  age: number;
  region: string;
  label: string;
  challenger: number;
  champion: number;
}

/**
 * The challenger approves women less often than men with the same label; the champion does not. Five
 * rows come from a region too small to judge.
 */
function rows(): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < ROWS; i++) {
    const gender = i % 10 < 3 ? "f" : "m";
    const label = (i * 7) % 5 < 2 ? 1 : 0;
    const noise = ((i * 37) % 100) / 100;
    const fair = label === 1 ? 0.45 + 0.5 * noise : 0.55 * noise;
    const challenger = gender === "f" ? fair * 0.6 : fair;
    out.push({
      gender,
      age: 18 + ((i * 13) % 60),
      region: i < 5 ? "island" : i % 2 === 0 ? "north" : "south",
      label: String(label),
      challenger: Number(challenger.toFixed(4)),
      champion: Number(fair.toFixed(4)),
    });
  }
  return out;
}

const csv = (header: string, lines: string[]) => `${[header, ...lines].join("\n")}\n`;

async function project(
  options: { config?: string; data?: Row[]; labels?: string[]; champion?: boolean } = {},
) {
  const dir = await mkdtemp(path.join(tmpdir(), "evaluate-bias-"));
  const data = options.data ?? rows();
  await writeFile(
    path.join(dir, "data.csv"),
    csv(
      "id,gender,age,region,x,label",
      data.map((r, i) => `r${i},${r.gender},${r.age},${r.region},${i},${options.labels?.[i] ?? r.label}`),
    ),
  );
  await writeFile(
    path.join(dir, "challenger.csv"),
    csv(
      "probability",
      data.map((r) => String(r.challenger)),
    ),
  );
  await writeFile(
    path.join(dir, "champion.csv"),
    csv(
      "probability",
      data.map((r) => String(r.champion)),
    ),
  );
  const registry = path.join(dir, "registry");
  if (options.champion === false) await mkdir(registry);
  else await registryWithChampion(registry, "m", { uri: "artifacts/m.json", content: "m" });
  await writeFile(
    path.join(dir, "bias.yml"),
    options.config ??
      `model: m
champion:
  registry: registry
  scorer: { type: predictions, file: champion.csv }
scorer: { type: predictions, file: challenger.csv }
data: { path: data.csv, label: label, id: id }
sensitive: [gender, age]
bins: { age: [30, 50] }
threshold_sweep: [0.3, 0.6]
bootstrap: { resamples: 300, seed: 7 }
gates:
  - { metric: "demographic_parity_ratio[gender]", min: 0.8 }
  - { metric: "equal_opportunity_difference[gender]", non_inferiority_margin: 0.02 }
`,
  );
  return dir;
}

/** Rewrites the project's config, each [from, to] replaced once. */
async function editConfig(dir: string, ...edits: [string, string][]) {
  const file = path.join(dir, "bias.yml");
  let text = await readFile(file, "utf8");
  for (const [from, to] of edits) text = text.replace(from, to);
  await writeFile(file, text);
}

async function run(dir: string) {
  const result = await runEvaluateBias({ config: "bias.yml" }, { logger, cwd: dir });
  const envelope = JSON.parse(await readFile(result.envelopePath, "utf8")) as Envelope;
  return { result, envelope };
}

async function failure(dir: string): Promise<Error> {
  return runEvaluateBias({ config: "bias.yml" }, { logger, cwd: dir }).then(
    () => {
      throw new Error("expected the run to fail");
    },
    (e: Error) => e,
  );
}

describe("evaluate-bias", () => {
  it("measures disparities with intervals, compares with the champion and gates them", async () => {
    const { result, envelope } = await run(await project());
    expect(envelope.kind).toBe("bias");
    expect(result).toMatchObject({ status: "fail", championVersion: "1.0.0" });
    const dp = envelope.metrics["demographic_parity_ratio[gender]"]!;
    expect(dp.value).toBeLessThan(0.8);
    expect(dp.ci!.lower).toBeLessThanOrEqual(dp.value!);
    expect(dp.baseline!.value).toBeGreaterThan(0.8);
    expect(dp.delta!.ci!.upper).toBeLessThan(0);
    expect(envelope.metrics.demographic_parity_ratio!.value).toBeLessThanOrEqual(dp.value!);
    expect(Object.keys(envelope.metrics)).toContain("equalized_odds_difference[gender & age]");
    const gates = envelope.checks.filter((c) => c.gate);
    expect(gates.map((c) => [c.metric, c.status])).toEqual([
      ["demographic_parity_ratio[gender]", "fail"],
      ["equal_opportunity_difference[gender]", "fail"],
    ]);
    const table = envelope.details!.find((d) => d.title === "Groups by gender");
    expect(table).toMatchObject({ type: "table" });
    const tableRows = (table as { rows: unknown[][] }).rows;
    expect((table as { columns: string[] }).columns.slice(-3)).toEqual(["ROC AUC", "ECE", "note"]);
    // ROC AUC with its interval: "0.8 [0.74, 0.86]"
    for (const r of tableRows) {
      const [auc, lower, upper] = (r.at(-3) as string).match(/[\d.]+/g)!.map(Number);
      expect(auc).toBeGreaterThan(0.5);
      expect(lower).toBeLessThanOrEqual(auc!);
      expect(upper).toBeGreaterThanOrEqual(auc!);
    }
    expect(tableRows.map((r) => [r[0], r[1], r.at(-1)])).toEqual([
      ["gender=f", 180, "lowest selection rate"],
      ["gender=m", 420, ""],
    ]);
    expect(envelope.details!.map((d) => d.title)).toContain("Groups by age");
    const sweep = envelope.details!.find((d) => d.title === "Threshold sweep") as { rows: unknown[][] };
    expect(sweep.rows.map((r) => `${r[0]} ${r[1]}`)).toEqual([
      "0.3 gender=f",
      "0.3 gender=m",
      "0.3 age=<30",
      "0.3 age=[30, 50)",
      "0.3 age=≥50",
      "0.6 gender=f",
      "0.6 gender=m",
      "0.6 age=<30",
      "0.6 age=[30, 50)",
      "0.6 age=≥50",
    ]);
    const findings = envelope.details!.find((d) => d.title === "Findings") as { text: string };
    expect(findings.text).toMatch(
      /selection rate for gender=f is [\d.]+ against [\d.]+ for gender=m \([\d.]+×\); demographic parity ratio [\d.]+, 95% CI \[/,
    );
    expect(findings.text).toMatch(/demographic_parity_ratio is worse than the champion's/);
    const forest = envelope.details!.find((d) => d.title.startsWith("Disparities against the champion")) as {
      text: string;
    };
    // The gated changes first, each drawn as an interval around zero.
    const plotted = forest.text.split("\n").slice(1, 3);
    expect(plotted.map((line) => line.split(/\s+/)[0]).sort()).toEqual([
      "demographic_parity_ratio[gender]",
      "equal_opportunity_difference[gender]",
    ]);
    expect(plotted.every((line) => /├.*┤|●/.test(line) && / · gate fail$/.test(line))).toBe(true);
    expect(findings.text).toMatch(
      /\d+ of \d+ group-against-rest differences hold at a 5% false discovery rate; the strongest: tpr for gender=f is 0.2 against 0.9 for the rest/,
    );
    const vsRest = envelope.details!.find((d) => d.title.startsWith("Groups against the rest")) as {
      rows: unknown[][];
    };
    expect(vsRest.rows[0]!.slice(0, 3)).toEqual(["gender", "gender=f", "tpr"]);
    expect(envelope.lineage.datasets).toEqual([
      { name: "data.csv", digest: expect.stringMatching(/^sha256:/) },
    ]);
  });

  it("reports a group too small to judge and makes a gate over it inconclusive, never a pass", async () => {
    const dir = await project({
      config: `model: m
champion: { registry: registry }
scorer: { type: predictions, file: challenger.csv }
data: { path: data.csv, label: label, id: id }
sensitive: [region]
bootstrap: { resamples: 200 }
gates:
  - { metric: demographic_parity_difference, max: 0.5 }
`,
      champion: false,
    });
    const { envelope } = await run(dir);
    const gate = envelope.checks.find((c) => c.gate)!;
    expect(gate.status).toBe("inconclusive");
    expect(gate.message).toMatch(/region=island \(n=5\)/);
    expect(envelope.checks.find((c) => c.id === "group-size")).toMatchObject({ status: "inconclusive" });
    expect(envelope.status).toBe("fail");
    const table = envelope.details!.find((d) => d.title === "Groups by region") as { rows: unknown[][] };
    expect(table.rows.find((r) => r[0] === "region=island")!.at(-1)).toBe("insufficient data");
  });

  it("names a missing sensitive column in the config, with the nearest column of the data", async () => {
    const dir = await project();
    await editConfig(dir, ["[gender, age]", "[gendr, age]"]);
    const error = await failure(dir);
    expect(error).toBeInstanceOf(ConfigError);
    expect(formatError(error)).toMatch(/column "gendr" is not in .*data\.csv/);
    expect(formatError(error)).toMatch(/bias\.yml:\d+:\d+/);
    expect((error as ConfigError).hint).toMatch(
      /did you mean "gender"\? the data has: id, gender, age, region, x, label/,
    );
  });

  it("refuses a label that is not 0/1, naming the values and the one-vs-rest way out", async () => {
    const labels = rows().map((_, i) => String(i % 3));
    const error = await failure(await project({ labels }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/label "label" is not binary: values found "0", "1", "2"/);
    expect((error as ConfigError).hint).toMatch(/1 for that class and 0 otherwise/);
    expect((error as ConfigError).location).toMatchObject({ line: 4 });
  });

  it("refuses predictions of the wrong length", async () => {
    const dir = await project();
    await writeFile(path.join(dir, "challenger.csv"), csv("probability", ["0.5", "0.2"]));
    const error = await failure(dir);
    expect(error).toBeInstanceOf(RuntimeFailure);
    expect(error.message).toMatch(/2 .*600|600 .*2/);
  });

  it("refuses a sensitive column that is empty in every row", async () => {
    const data = rows().map((r) => ({ ...r, region: "" }));
    const dir = await project({ data });
    await editConfig(dir, ["[gender, age]", "[gender, region]"], ["bins: { age: [30, 50] }\n", ""]);
    expect((await failure(dir)).message).toMatch(/sensitive column "region" is empty in every row/);
  });

  it("gives AIF360's privileged metrics and applies the four-fifths policy only when asked", async () => {
    const dir = await project();
    await editConfig(dir, ["gates:", "privileged: { gender: m }\npolicy: four-fifths\ngates:"]);
    const { envelope } = await run(dir);
    const di = envelope.metrics["disparate_impact[gender]"]!;
    const dp = envelope.metrics["demographic_parity_ratio[gender]"]!;
    expect(di.value).toBeCloseTo(dp.value!, 12); // women are selected less: unprivileged/privileged = min/max
    expect(envelope.metrics["statistical_parity_difference[gender]"]!.value).toBeLessThan(0);
    expect(envelope.metrics["average_odds_difference[gender]"]!.ci).toBeDefined();
    expect(envelope.checks.find((c) => c.id === "policy:four-fifths")).toMatchObject({
      status: "fail",
      metric: "demographic_parity_ratio",
      expected: "≥ 0.8",
    });
  });

  it("names a privileged value no row has, with the nearest that some row has", async () => {
    const dir = await project();
    await editConfig(dir, ["gates:", "privileged: { gender: M }\ngates:"]);
    const error = (await failure(dir)) as ConfigError;
    expect(error.message).toBe('privileged.gender: no row has gender = "M"');
    expect(error.hint).toBe('did you mean "m"? values: f, m');
    expect(error.location?.line).toBe(11);
  });

  it("scores every row again with each other gender and reports the decisions that flip", async () => {
    const dir = await project();
    await writeFile(path.join(dir, "model.json"), "{}");
    // Halves the score of rows whose gender is f: a model that reads the attribute.
    await writeFile(
      path.join(dir, "predict.cjs"),
      `const fs = require("node:fs");
const [input, output] = process.argv.slice(2);
const [header, ...rows] = fs.readFileSync(input, "utf8").trim().split("\\n");
const cols = header.split(",");
const g = cols.indexOf("gender");
const x = cols.indexOf("x");
fs.writeFileSync(output, "probability\\n" + rows.map((r) => {
  const f = r.split(",");
  return (((Number(f[x]) * 37) % 100) / 100 * (f[g] === "f" ? 0.5 : 1)).toFixed(4);
}).join("\\n") + "\\n");
`,
    );
    await editConfig(
      dir,
      [
        "scorer: { type: predictions, file: challenger.csv }",
        `scorer: { type: command, command: '${process.execPath} predict.cjs {input} {output}' }\nchallenger: { model: model.json }\ncounterfactual: true`,
      ],
      ["gates:", "gates:\n  - { metric: counterfactual_flip_rate, max: 0.01 }"],
    );
    const { envelope } = await run(dir);
    const gender = envelope.metrics["counterfactual_flip_rate[gender]"]!;
    expect(gender.n).toBe(ROWS);
    expect(gender.value).toBeGreaterThan(0.1);
    expect(gender.ci!.lower).toBeLessThan(gender.value!);
    expect(envelope.metrics.counterfactual_flip_rate!.value).toBe(gender.value);
    expect(envelope.metrics["counterfactual_flip_rate[age]"]).toMatchObject({
      value: null,
      unavailable: "age is binned: a band has no single value to set",
    });
    expect(envelope.checks.find((c) => c.metric === "counterfactual_flip_rate")?.status).toBe("fail");
    const table = envelope.details!.find((d) => d.title.startsWith("Counterfactual flips: gender")) as {
      rows: unknown[][];
    };
    expect(table.rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ["f", "m", 180],
      ["m", "f", 420],
    ]);
  });

  it("says a predictions file cannot answer a counterfactual, and a gate on it cannot pass", async () => {
    const dir = await project();
    await editConfig(dir, [
      "gates:",
      "counterfactual: true\ngates:\n  - { metric: counterfactual_flip_rate, max: 0.01 }",
    ]);
    const { envelope } = await run(dir);
    expect(envelope.metrics.counterfactual_flip_rate!.unavailable).toMatch(/a predictions file cannot say/);
    expect(envelope.checks.find((c) => c.metric === "counterfactual_flip_rate")?.status).toBe("inconclusive");
  });

  it("for a regressor, gives per-group MAE with intervals and gates the MAE disparity against the champion", async () => {
    const dir = await project();
    // Targets around 100; the challenger errs by 12 on women and 4 on men, the champion by 4 on everyone.
    const data = rows();
    const target = (i: number) => 100 + ((i * 37) % 50);
    await writeFile(
      path.join(dir, "data.csv"),
      csv(
        "id,gender,age,region,x,label",
        data.map((r, i) => `r${i},${r.gender},${r.age},${r.region},${i},${target(i)}`),
      ),
    );
    const predictions = (error: (r: Row) => number) =>
      csv(
        "prediction",
        data.map((r, i) => String(target(i) + (i % 2 === 0 ? 1 : -1) * error(r))),
      );
    await writeFile(
      path.join(dir, "challenger.csv"),
      predictions((r) => (r.gender === "f" ? 12 : 4)),
    );
    await writeFile(
      path.join(dir, "champion.csv"),
      predictions(() => 4),
    );
    await editConfig(
      dir,
      ["data:", "task: regression\ndata:"],
      ["threshold_sweep: [0.3, 0.6]\n", ""],
      [
        /gates:[\s\S]*/.exec(await readFile(path.join(dir, "bias.yml"), "utf8"))![0],
        'gates:\n  - { metric: "mae_difference[gender]", non_inferiority_margin: 1 }\n',
      ],
    );
    const { envelope } = await run(dir);
    const mae = envelope.metrics["mae_difference[gender]"]!;
    expect(mae.value).toBeCloseTo(8, 12);
    expect(mae.baseline!.value).toBe(0);
    expect(mae.delta!.value).toBeCloseTo(8, 12);
    expect(mae.greaterIsBetter).toBe(false);
    expect(envelope.metrics["mean_prediction_ratio[gender & age]"]).toBeDefined();
    expect(envelope.checks.find((c) => c.gate)).toMatchObject({
      metric: "mae_difference[gender]",
      status: "fail",
    });
    const table = envelope.details!.find((d) => d.title === "Groups by gender") as {
      columns: string[];
      rows: unknown[][];
    };
    expect(table.columns).toEqual(["group", "n", "MAE", "mean prediction", "mean residual", "note"]);
    expect(table.rows.map((r) => [r[0], r[1], (r[2] as string).split(" ")[0], r[5]])).toEqual([
      ["gender=f", 180, "12", "highest MAE"],
      ["gender=m", 420, "4", ""],
    ]);
    const findings = envelope.details!.find((d) => d.title === "Findings") as { text: string };
    expect(findings.text).toMatch(
      /MAE for gender=f is 12 against 4 for gender=m; MAE difference 8, 95% CI \[/,
    );
  });

  it("refuses decision-only options for a regressor, located", async () => {
    const dir = await project();
    await editConfig(dir, ["data:", "task: regression\ndata:"]);
    const error = (await failure(dir)) as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(formatError(error)).toMatch(
      /threshold_sweep needs 0\/1 decisions: it applies to task: classification only/,
    );
    expect(formatError(error)).toMatch(/bias\.yml:\d+/);
  });

  it("locates a gate on a metric it never produces, before scoring", async () => {
    const dir = await project();
    await editConfig(dir, ["demographic_parity_ratio[gender]", "demographic_parity_ration"]);
    const error = (await failure(dir)) as ConfigError;
    expect(error.message).toBe('evaluate-bias never produces a metric "demographic_parity_ration"');
    expect(error.hint).toMatch(/did you mean "demographic_parity_ratio"/);
    expect(error.location?.line).toBe(12);
  });
});
