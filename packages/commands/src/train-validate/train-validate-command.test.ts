import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { ConfigError, createLogger, type Envelope, MlopsError, RuntimeFailure, sha256Hex } from "@mlops/core";
import { createMlflowClient, MLFLOW_TAGS } from "@mlops/registry";
import { parquetWriteBuffer } from "hyparquet-writer";
import { describe, expect, it } from "vitest";
import { startMlflowEmulator } from "../../../../test/emulators/mlflow-api.ts";
import { diesWithin, pidIn } from "../../../../test/harness/process-state.ts";
import { errorEnvelope } from "../error-result.ts";
import { runTrainValidate } from "./train-validate-command.ts";

const logger = createLogger({ github: false, write: () => {} });
const NODE = process.execPath;
const ROWS = 400;

/** Rows whose label follows x: the challenger scores x (good), the champion a noisier copy. */
function dataCsv(): string {
  const lines = ["id,day,segment,x,label"];
  for (let i = 0; i < ROWS; i++) {
    const x = (i * 37) % 100;
    const label = (x + ((i * 53) % 41)) / 140 > 0.5 ? 1 : 0;
    const day = `2026-0${1 + Math.floor(i / 100)}-${String(1 + (i % 28)).padStart(2, "0")}`;
    lines.push(`C${i},${day},${i % 3 === 0 ? "a" : "b"},${x},${label}`);
  }
  return `${lines.join("\n")}\n`;
}

// A trainer and a predict script in plain JavaScript, so any node runs them.
const TRAINER = `
const fs = require("node:fs");
const [config, out] = process.argv.slice(2);
const params = JSON.parse(fs.readFileSync(config, "utf8"));
if (params.fail) { console.error("boom: cannot converge"); process.exit(3); }
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(out + "/model.json", JSON.stringify({ scale: params.scale, seed: process.env.MLOPS_SEED }));
fs.writeFileSync(out + "/metrics.json", JSON.stringify({ train_auc: 0.9 }));
`;
const PREDICT = `
const fs = require("node:fs");
const [modelFile, input, output] = process.argv.slice(2);
const { scale } = JSON.parse(fs.readFileSync(modelFile, "utf8"));
const [header, ...rows] = fs.readFileSync(input, "utf8").trim().split("\\n");
const x = header.split(",").indexOf("x");
if (header.split(",").includes("label")) throw new Error("the label must not reach the model");
fs.writeFileSync(output, "probability\\n" + rows.map((r) => (Number(r.split(",")[x]) / scale).toFixed(4)).join("\\n") + "\\n");
`;

async function project(options: { champion?: "good" | "tampered"; config?: string } = {}) {
  const dir = await mkdtemp(path.join(tmpdir(), "train-validate-"));
  await writeFile(path.join(dir, "data.csv"), dataCsv());
  await writeFile(path.join(dir, "train.cjs"), TRAINER);
  await writeFile(path.join(dir, "predict.cjs"), PREDICT);
  await writeFile(path.join(dir, "params.json"), JSON.stringify({ scale: 100 }));
  if (options.champion) {
    // The champion predicts the opposite ordering for a third of the rows: clearly worse.
    const model = JSON.stringify({ scale: 100 });
    const v = path.join(dir, "registry/models/m/versions");
    await mkdir(v, { recursive: true });
    await mkdir(path.join(dir, "registry/artifacts"), { recursive: true });
    await writeFile(path.join(dir, "registry/artifacts/m-1.0.0.json"), model);
    await writeFile(
      path.join(dir, "registry/models/m/model.yml"),
      "schemaVersion: 1\nname: m\naliases:\n  champion: 1.0.0\n",
    );
    const digest = options.champion === "tampered" ? sha256Hex("something else") : sha256Hex(model);
    await writeFile(
      path.join(v, "1.0.0.yml"),
      `schemaVersion: 1\nversion: 1.0.0\ncreatedAt: 2026-01-01T00:00:00Z\nartifact:\n  uri: artifacts/m-1.0.0.json\n  sha256: ${digest}\n`,
    );
    const champ = ["probability"];
    for (const line of dataCsv().trim().split("\n").slice(1)) {
      const [, , , x, label] = line.split(",");
      const i = champ.length - 1;
      champ.push(i % 3 === 0 ? String(1 - Number(label) * 0.6 - 0.2) : (Number(x) / 100).toFixed(4));
    }
    await writeFile(path.join(dir, "champion.csv"), `${champ.join("\n")}\n`);
  }
  await writeFile(
    path.join(dir, "tv.yml"),
    options.config ??
      `model: m
train:
  command: '${NODE} train.cjs {config} {output}'
  config: params.json
  params: { scale: 100 }
  seed: 3
  artifact: model.json
  metrics: metrics.json
  datasets: [data.csv]
  reproducibility: true
champion:
  scorer: { type: predictions, file: champion.csv }
data: { path: data.csv, label: label, time: day, id: id }
scorer:
  type: command
  command: '${NODE} predict.cjs {model} {input} {output}'
  batch_size: 150
backtest:
  metrics: [accuracy_score, roc_auc, log_loss]
  segments: [segment]
  windows: { size: 1mo }
  bootstrap: { resamples: 500 }
gates:
  - { metric: roc_auc, min: 0.7 }
  - { metric: roc_auc, non_inferiority_margin: 0.01 }
`,
  );
  return dir;
}

/**
 * Runs the command as the runner does: a failure throws, and the draft the command registered becomes
 * the error result.
 */
async function run(dir: string, extra: { model?: string; champion?: string } = {}) {
  let draft: Envelope | undefined;
  const io = { logger, cwd: dir, draft: (e: Envelope) => (draft = e) };
  try {
    const result = await runTrainValidate({ config: "tv.yml", ...extra }, io);
    const envelope = JSON.parse(await readFile(result.envelopePath, "utf8")) as Envelope;
    return { result: { ...result, error: undefined }, envelope };
  } catch (error) {
    if (!(error instanceof MlopsError)) throw error;
    const at = new Date();
    const envelope = errorEnvelope(error, {
      draft,
      kind: "backtest",
      subject: { type: "model", name: "challenger" },
      startedAt: at,
      endedAt: at,
      lineage: {},
      cwd: dir,
    });
    return {
      result: { status: envelope.status, error, championVersion: undefined, modelDigest: undefined },
      envelope,
    };
  }
}

describe("runTrainValidate", () => {
  it("trains, backtests against the champion and gates, with intervals, tests, segments, windows and lineage", async () => {
    const dir = await project({ champion: "good" });
    const { result, envelope } = await run(dir);
    expect(result.error).toBeUndefined();
    expect(result.status).toBe("pass");
    expect(result.championVersion).toBe("1.0.0");
    const model = await readFile(path.join(dir, ".mlops/model/model.json"), "utf8");
    expect(model).toContain('"seed":"3"');
    expect(result.modelDigest).toBe(`sha256:${sha256Hex(model)}`);
    expect(envelope.subject).toMatchObject({
      name: "m",
      digest: result.modelDigest,
      baseline: { version: "1.0.0" },
    });
    const auc = envelope.metrics.roc_auc!;
    expect(auc.delta!.value).toBeGreaterThan(0);
    expect(auc.delta!.ci!.lower).toBeGreaterThan(0);
    expect(auc.delta!.ci!.method).toBe("paired bootstrap, percentile, 500 resamples, seed 0");
    expect(envelope.metrics.mcnemar_p_value!.value).toBeLessThan(0.05);
    expect(envelope.metrics.delong_p_value!.value).toBeLessThan(0.05);
    expect(envelope.metrics["roc_auc[segment=a]"]!.n).toBe(134);
    expect(envelope.metrics.window_win_rate).toMatchObject({ value: 1, n: 3 });
    expect(envelope.metrics["train.train_auc"]!.value).toBe(0.9);
    // CML's views, challenger against champion: the better model's ROC curve rises faster.
    const views = envelope.details!.flatMap((d) =>
      d.type === "xy-chart" || d.type === "confusion-matrix" ? [d] : [],
    );
    expect(views.map((d) => d.title)).toEqual([
      "ROC curve",
      "Precision–recall curve",
      "Calibration (reliability diagram)",
      "Confusion matrix (rows: actual, columns: predicted; threshold 0.5)",
    ]);
    const roc = views[0] as Extract<(typeof views)[number], { type: "xy-chart" }>;
    expect(roc.series.map((s) => s.name)).toEqual(["challenger", "champion 1.0.0"]);
    const tprAt = (s: { x: number[]; y: number[] }, fpr: number) => s.y[s.x.findIndex((x) => x >= fpr)]!;
    expect(tprAt(roc.series[0]!, 0.2)).toBeGreaterThan(tprAt(roc.series[1]!, 0.2));
    const matrix = views[3] as Extract<(typeof views)[number], { type: "confusion-matrix" }>;
    expect(matrix.matrices.map((m) => m.counts.flat().reduce((a, b) => a + b, 0))).toEqual([
      envelope.metrics.roc_auc!.n,
      envelope.metrics.roc_auc!.n,
    ]);
    // Only whole windows count: April's data ends on the 28th, so April is charted as partial, not won.
    const chart = envelope.details!.find((d) => d.type === "line-chart");
    expect(chart).toMatchObject({
      labels: [
        "2026-01-01…2026-01-31",
        "2026-02-01…2026-02-28",
        "2026-03-01…2026-03-31",
        "2026-04-01…2026-04-28 (partial, 28 of 30 days)",
      ],
    });
    expect(envelope.checks.find((c) => c.id === "reproducibility")?.status).toBe("pass");
    expect(envelope.lineage.parameters).toMatchObject({ scale: 100, seed: 3 });
    expect(envelope.lineage.configDigest).toMatch(/^sha256:/);
    expect(envelope.lineage.datasets?.map((d) => d.name)).toEqual(["data.csv", "data.csv"]);
  });

  it("reads the backtest data from JSON Lines, Parquet and gzipped TSV with the CSV's results", async () => {
    const dir = await project({ champion: "good" });
    const [header, ...lines] = dataCsv().trim().split("\n");
    const names = (header as string).split(",");
    const records = lines.map((line) => {
      const [id, day, segment, x, label] = line.split(",");
      return {
        id: id as string,
        day: day as string,
        segment: segment as string,
        x: Number(x),
        label: Number(label),
      };
    });
    await writeFile(path.join(dir, "data.jsonl"), `${records.map((r) => JSON.stringify(r)).join("\n")}\n`);
    await writeFile(
      path.join(dir, "data.tsv.gz"),
      gzipSync(`${[names, ...lines.map((l) => l.split(","))].map((f) => f.join("\t")).join("\n")}\n`),
    );
    const parquet = parquetWriteBuffer({
      columnData: [
        { name: "id", data: records.map((r) => r.id), type: "STRING" },
        { name: "day", data: records.map((r) => r.day), type: "STRING" },
        { name: "segment", data: records.map((r) => r.segment), type: "STRING" },
        { name: "x", data: records.map((r) => r.x), type: "INT32" },
        { name: "label", data: records.map((r) => r.label), type: "INT32" },
      ],
    });
    await writeFile(path.join(dir, "data.parquet"), new Uint8Array(parquet));
    const csv = (await run(dir)).envelope;
    const config = await readFile(path.join(dir, "tv.yml"), "utf8");
    for (const file of ["data.jsonl", "data.parquet", "data.tsv.gz"]) {
      await writeFile(
        path.join(dir, "tv.yml"),
        config.replace("data: { path: data.csv", `data: { path: ${file}`),
      );
      const { result, envelope } = await run(dir);
      expect(result.status, file).toBe("pass");
      for (const metric of ["roc_auc", "accuracy_score", "log_loss", "roc_auc[segment=a]", "window_win_rate"])
        expect(envelope.metrics[metric], `${file} ${metric}`).toEqual(csv.metrics[metric]);
      expect(envelope.lineage.datasets?.at(-1)?.name).toBe(file);
    }
  });

  it("first model: no champion, only absolute gates, and the report says so", async () => {
    const { result, envelope } = await run(await project());
    expect(result.status).toBe("pass");
    expect(envelope.metrics.roc_auc!.baseline).toBeUndefined();
    expect(envelope.checks.find((c) => c.id === "gate:roc_auc#2")).toMatchObject({
      status: "skipped",
      skip: "first-version",
    });
    expect(envelope.details!.some((d) => d.title === "First model")).toBe(true);
    expect(envelope.summary).toContain("first model");
  });

  it("a failed gate fails the evaluation", async () => {
    const dir = await project({ champion: "good" });
    const config = (await readFile(path.join(dir, "tv.yml"), "utf8")).replace("min: 0.7", "min: 0.99");
    await writeFile(path.join(dir, "tv.yml"), config);
    const { result, envelope } = await run(dir);
    expect(result.status).toBe("fail");
    expect(envelope.checks.find((c) => c.id === "gate:roc_auc")?.status).toBe("fail");
  });

  it("a failing training command is an error showing the exit code and the tail of stderr", async () => {
    const dir = await project();
    const config = (await readFile(path.join(dir, "tv.yml"), "utf8")).replace(
      "{ scale: 100 }",
      "{ fail: true }",
    );
    await writeFile(path.join(dir, "tv.yml"), config);
    const { result, envelope } = await run(dir);
    expect(result.status).toBe("error");
    expect(result.error).toBeInstanceOf(RuntimeFailure);
    expect(envelope.error?.message).toMatch(/exit code 3[\s\S]*boom: cannot converge/);
  });

  it("a champion whose artifact digest does not match is an error naming the registry file", async () => {
    const { result, envelope } = await run(await project({ champion: "tampered" }));
    expect(result.status).toBe("error");
    expect(result.error).toBeInstanceOf(ConfigError);
    expect(result.error!.location?.path).toBe("artifact.sha256");
    expect(envelope.error?.message).toContain("digest mismatch");
  });

  it("backtests against a champion held in MLflow, scoring the artifact the version's source and digest name", async () => {
    const mlflow = await startMlflowEmulator();
    try {
      const dir = await project();
      const config = await readFile(path.join(dir, "tv.yml"), "utf8");
      await writeFile(
        path.join(dir, "tv.yml"),
        config.replace(
          "  scorer: { type: predictions, file: champion.csv }",
          `  registry: { type: mlflow, tracking_uri: "${mlflow.url}" }`,
        ),
      );
      // Scale 200 halves every probability: the challenger's ordering (so its AUC), but all below 0.5.
      const model = JSON.stringify({ scale: 200 });
      const digest = `sha256:${sha256Hex(model)}`;
      const client = createMlflowClient({ trackingUri: mlflow.url });
      await client.ensureModel("m");
      const register = (source: string, tagged = digest) =>
        client.createVersion("m", source, { tags: { [MLFLOW_TAGS.digest]: tagged } });
      // 1: as promote registers with API writes — the source is a blob URL, the bytes are in the
      // checkout's registry folder under their digest. 2: a file:// source. 3: bytes held elsewhere.
      const stored = path.join(dir, "registry/artifacts/m", digest.replace(":", "-"));
      await mkdir(stored, { recursive: true });
      await writeFile(path.join(stored, "model.json"), model);
      await register(
        `https://github.com/o/r/blob/main/registry/artifacts/m/${digest.replace(":", "-")}/model.json`,
      );
      await writeFile(path.join(dir, "champion-2.json"), model);
      await register(pathToFileURL(path.join(dir, "champion-2.json")).href);
      await register("s3://models/m/3/model.json", `sha256:${sha256Hex("elsewhere")}`);
      await client.setAlias("m", "champion", "1");

      const { result, envelope } = await run(dir);
      expect(result.error).toBeUndefined();
      expect(result.championVersion).toBe("1");
      expect(envelope.subject.baseline).toEqual({ name: "m", version: "1", digest });
      expect(envelope.metrics.roc_auc!.baseline!.value).toBe(envelope.metrics.roc_auc!.value);
      expect(envelope.metrics.accuracy_score!.baseline!.value).toBeLessThan(
        envelope.metrics.accuracy_score!.value!,
      );

      expect((await run(dir, { champion: "m@2" })).result).toMatchObject({
        status: "pass",
        championVersion: "2",
      });

      const remote = await run(dir, { champion: "m@3" });
      expect(remote.result.error).toBeInstanceOf(ConfigError);
      expect(remote.result.error!.message).toContain(
        "the champion's artifact s3://models/m/3/model.json is not on this machine",
      );
      expect(remote.result.error!.location).toEqual({
        file: `${mlflow.url} (registered model m)`,
        path: "versions.3.source",
      });
      expect(remote.result.error!.hint).toContain("champion.scorer with type http");

      // A scorer that needs no model file compares with that version all the same.
      await writeFile(
        path.join(dir, "tv.yml"),
        config.replace(
          "  scorer: { type: predictions, file: champion.csv }",
          `  registry: { type: mlflow, tracking_uri: "${mlflow.url}" }\n  scorer: { type: predictions, file: champion.csv }`,
        ),
      );
      await writeFile(path.join(dir, "champion.csv"), `probability\n${"0.5\n".repeat(ROWS)}`);
      const served = (await run(dir, { champion: "m@3" })).result;
      expect(served.error).toBeUndefined();
      expect(served.championVersion).toBe("3");
    } finally {
      await mlflow.close();
    }
  });

  it("a missing challenger model file is an error", async () => {
    const { result } = await run(await project(), { model: "nope.json" });
    expect(result.status).toBe("error");
    expect(result.error?.message).toContain("does not exist");
  });

  it.each([
    ["of the wrong length", "probability\n0.5\n", /1 predictions for 400 rows/],
    ["with NaN", `probability\nNaN\n${"0.5\n".repeat(399)}`, /row 1 is "NaN", not a finite number/],
    ["with text", `probability\n0.5\nhigh\n${"0.5\n".repeat(398)}`, /row 2 is "high", not a finite number/],
  ])("predictions %s are an error, never a pass", async (_, text, message) => {
    const dir = await project({ champion: "good" });
    await writeFile(path.join(dir, "champion.csv"), text);
    const { result, envelope } = await run(dir);
    expect(result.status).toBe("error");
    expect(envelope.error?.message).toMatch(message);
  });

  it("a label that is not 0/1 is located to the data file's line", async () => {
    const dir = await project();
    const data = (await readFile(path.join(dir, "data.csv"), "utf8")).replace(/,0\n/, ",yes\n");
    await writeFile(path.join(dir, "data.csv"), data);
    const { result } = await run(dir);
    expect(result.error).toBeInstanceOf(ConfigError);
    expect(result.error!.location).toMatchObject({ file: path.join(dir, "data.csv"), path: "label" });
    expect(result.error!.location?.line).toBeGreaterThan(1);
  });

  it("rejects a misspelt config key with its line and a suggestion", async () => {
    const dir = await project({
      config:
        "model: m\nscorer: { type: predictions, file: p.csv }\ndata: { path: data.csv, label: label }\nbacktset: {}\n",
    });
    const e = await runTrainValidate({ config: "tv.yml" }, { logger, cwd: dir }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as ConfigError).location).toMatchObject({ line: 4 });
    expect((e as ConfigError).hint).toContain('"backtest"');
  });

  it("stops the training command and its children when the run is cancelled", async () => {
    const dir = await project({
      config: `model: m
train: { command: "sleep 60 & echo $! > child.pid; wait", artifact: model.json }
scorer: { type: predictions, file: p.csv }
data: { path: data.csv, label: label }
`,
    });
    const controller = new AbortController();
    const running = runTrainValidate({ config: "tv.yml" }, { logger, cwd: dir, signal: controller.signal });
    const pidFile = path.join(dir, "child.pid");
    for (let i = 0; i < 400 && !(await readFile(pidFile, "utf8").catch(() => "")); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    controller.abort();
    await expect(running).rejects.toThrow(/training command was stopped: the run was cancelled/);
    expect(await diesWithin(await pidIn(pidFile), 10_000)).toBe(true);
  });
});

describe("runTrainValidate checks the config against the data and the scorers before any work", () => {
  /** The error and its others, each as `line path: message (hint)`. */
  function problems(e: MlopsError | undefined): string[] {
    expect(e).toBeInstanceOf(ConfigError);
    return [e as ConfigError, ...(e as ConfigError).others].map(
      (x) => `${x.location?.line} ${x.location?.path}: ${x.message} (${x.hint})`,
    );
  }

  it("reports a misspelt gate metric and columns missing from the header together, before training", async () => {
    const dir = await project({ champion: "good" });
    const config = (await readFile(path.join(dir, "tv.yml"), "utf8"))
      .replace("params: { scale: 100 }", "params: { scale: 100, fail: true }")
      .replace("metric: roc_auc, min: 0.7", "metric: roc_acu, min: 0.7")
      .replace("label: label", "label: labl")
      .replace("segments: [segment]", "segments: [segmnt]");
    await writeFile(path.join(dir, "tv.yml"), config);
    const { result } = await run(dir);
    const found = problems(result.error);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(
      /^13 data\.label: column "labl" is not in data\.csv \(did you mean "label"\? its columns: id, day, segment, x, label\)/,
    );
    expect(found[1]).toMatch(/^20 backtest\.segments\[0\]: column "segmnt" is not in data\.csv/);
    expect(found[2]).toMatch(
      /^24 gates\[0\]\.metric: the backtest never produces a metric "roc_acu" \(did you mean "roc_auc"\?/,
    );
    expect(result.error!.location?.file).toBe(path.join(dir, "tv.yml"));
  });

  it("accepts gates on per-segment metrics and the walk-forward win rate", async () => {
    const dir = await project({ champion: "good" });
    const config = await readFile(path.join(dir, "tv.yml"), "utf8");
    await writeFile(
      path.join(dir, "tv.yml"),
      `${config}  - { metric: "roc_auc[segment=a]", min: 0.5 }\n  - { metric: window_win_rate, min: 0.5 }\n`,
    );
    const { result, envelope } = await run(dir);
    expect(result.error).toBeUndefined();
    expect(envelope.checks.find((c) => c.id === "gate:roc_auc[segment=a]")?.status).toBe("pass");
    expect(envelope.checks.find((c) => c.id === "gate:window_win_rate")?.status).toBe("pass");
  });

  it("refuses a comparison on a probability metric when the champion's predictions give labels only", async () => {
    const dir = await project({ champion: "good" });
    const labels = dataCsv()
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(",")[4]);
    await writeFile(path.join(dir, "champion.csv"), `prediction\n${labels.join("\n")}\n`);
    const { result } = await run(dir);
    // The absolute floor on roc_auc needs only the challenger's probabilities: just the comparison fails.
    expect(problems(result.error)).toEqual([
      expect.stringMatching(
        /^25 gates\[1\]\.metric: gate metric "roc_auc" needs probabilities, but the champion's predictions \(champion\.csv\) give labels only/,
      ),
    ]);
  });

  it("refuses metrics needing probabilities when the challenger's predictions give labels only", async () => {
    const dir = await project({
      config: `model: m
data: { path: data.csv, label: label }
scorer: { type: predictions, file: labels.jsonl }
backtest:
  metrics: [accuracy_score, log_loss]
gates:
  - { metric: accuracy_score, min: 0.5 }
  - { metric: log_loss, max: 0.5 }
`,
    });
    await writeFile(path.join(dir, "labels.jsonl"), '{"prediction": 1}\n'.repeat(ROWS));
    const { result } = await run(dir);
    expect(problems(result.error)).toEqual([
      expect.stringMatching(
        /^5 backtest\.metrics\[1\]: metric "log_loss" needs probabilities, but the challenger's/,
      ),
      expect.stringMatching(/^8 gates\[1\]\.metric: gate metric "log_loss" needs probabilities/),
    ]);
  });
});
