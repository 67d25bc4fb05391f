/**
 * Black-box runs of the bundled train-validate action, spawned as the runner spawns it, on a small
 * project: a trainer and a predict script in plain JavaScript and a file registry with a champion.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Envelope, sha256Hex } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { registryWithChampion } from "../harness/file-registry.ts";
import { runAction } from "../harness/run-action.ts";

const ENTRY = "actions/train-validate/dist/index.js";
const NODE = process.execPath;

const TRAINER = `
const fs = require("node:fs");
const [config, out] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(out + "/model.json", fs.readFileSync(config, "utf8"));
`;
const PREDICT = `
const fs = require("node:fs");
const [modelFile, input, output] = process.argv.slice(2);
const { noise } = JSON.parse(fs.readFileSync(modelFile, "utf8"));
const [header, ...rows] = fs.readFileSync(input, "utf8").trim().split("\\n");
const x = header.split(",").indexOf("x");
fs.writeFileSync(output, "probability\\n" + rows.map((r, i) => {
  const v = Number(r.split(",")[x]) / 100;
  return (i % noise === 0 ? 1 - v : v).toFixed(4);
}).join("\\n") + "\\n");
`;

async function workspace(gates: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "tv-action-"));
  const lines = ["id,x,label"];
  for (let i = 0; i < 300; i++) {
    const x = (i * 37) % 100;
    lines.push(`C${i},${x},${(x + ((i * 53) % 41)) / 140 > 0.5 ? 1 : 0}`);
  }
  await writeFile(path.join(dir, "data.csv"), `${lines.join("\n")}\n`);
  await writeFile(path.join(dir, "train.cjs"), TRAINER);
  await writeFile(path.join(dir, "predict.cjs"), PREDICT);
  await registryWithChampion(path.join(dir, "registry"), "m", {
    uri: "champion.json",
    content: `${JSON.stringify({ noise: 3 })}\n`,
  });
  await writeFile(
    path.join(dir, "tv.yml"),
    `model: m
train:
  command: '${NODE} train.cjs {config} {output}'
  params: { noise: 50 }
  artifact: model.json
data: { path: data.csv, label: label, id: id }
scorer:
  type: command
  command: '${NODE} predict.cjs {model} {input} {output}'
backtest: { metrics: [accuracy_score, roc_auc], bootstrap: { resamples: 300 } }
gates:
${gates}
`,
  );
  return dir;
}

describe("train-validate action", () => {
  it("trains, backtests against the champion, passes its gates and sets its outputs", async () => {
    const ws = await workspace("  - { metric: roc_auc, non_inferiority_margin: 0.01 }");
    const run = await runAction({ entry: ENTRY, cwd: ws, inputs: { config: "tv.yml" } });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.status).toBe("pass");
    expect(run.outputs["champion-version"]).toBe("1.0.0");
    const model = await readFile(run.outputs["model-path"]!, "utf8");
    expect(run.outputs["model-digest"]).toBe(`sha256:${sha256Hex(model)}`);
    const envelope = JSON.parse(await readFile(run.outputs["envelope-path"]!, "utf8")) as Envelope;
    expect(envelope.kind).toBe("backtest");
    expect(envelope.metrics.roc_auc!.delta!.ci!.lower).toBeGreaterThan(0);
  });

  it("exits non-zero when a required gate fails, and 0 with fail-on: never", async () => {
    const ws = await workspace("  - { metric: roc_auc, min: 0.999 }");
    const failed = await runAction({ entry: ENTRY, cwd: ws, inputs: { config: "tv.yml" } });
    expect(failed.exitCode).toBe(1);
    expect(failed.outputs.status).toBe("fail");
    const reported = await runAction({
      entry: ENTRY,
      cwd: ws,
      inputs: { config: "tv.yml", "fail-on": "never" },
    });
    expect(reported.exitCode).toBe(0);
  });

  it("names the file and line of a bad config, without a stack trace", async () => {
    const ws = await workspace("  - { metric: roc_auc, mni: 0.5 }");
    const run = await runAction({ entry: ENTRY, cwd: ws, inputs: { config: "tv.yml" } });
    expect(run.exitCode).toBe(1);
    const error = run.commands.find((c) => c.command === "error");
    expect(error?.properties).toMatchObject({ file: "tv.yml", line: "12" });
    expect(error?.message).toContain('unknown key "mni"');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses a champion whose artifact was changed after registration: status error", async () => {
    const ws = await workspace("  - { metric: roc_auc, min: 0.5 }");
    await writeFile(path.join(ws, "registry/champion.json"), '{"noise": 2}\n');
    const run = await runAction({ entry: ENTRY, cwd: ws, inputs: { config: "tv.yml" } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe("error");
    expect(run.stdout).toContain("artifact digest mismatch");
  });
});
