/**
 * Black-box runs of the bundled evaluate-bias action, spawned as the runner spawns it, on a small
 * project: predictions files for the challenger and the champion, and a file registry with a champion.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Envelope } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { registryWithChampion } from "../harness/file-registry.ts";
import { runAction } from "../harness/run-action.ts";

const ENTRY = "actions/evaluate-bias/dist/index.js";

/** 400 rows in two groups; the challenger selects the `b` group less often than the champion does. */
async function workspace(config: {
  sensitive: string;
  gates: string;
  groups?: [string, string];
}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "bias-action-"));
  const [a, b] = config.groups ?? ["a", "b"];
  const data = ["id,group,label"];
  const challenger = ["probability"];
  const champion = ["probability"];
  for (let i = 0; i < 400; i++) {
    const inB = i % 4 === 0;
    const label = (i * 7) % 3 === 0 ? 1 : 0;
    const p = (label ? 0.4 : 0) + ((i * 31) % 50) / 100;
    data.push(`r${i},${inB ? b : a},${label}`);
    challenger.push((inB ? p * 0.6 : p).toFixed(3));
    champion.push(p.toFixed(3));
  }
  await writeFile(path.join(dir, "data.csv"), `${data.join("\n")}\n`);
  await writeFile(path.join(dir, "challenger.csv"), `${challenger.join("\n")}\n`);
  await writeFile(path.join(dir, "champion.csv"), `${champion.join("\n")}\n`);
  await registryWithChampion(path.join(dir, "registry"), "m", { uri: "champion.json", content: "{}\n" });
  await writeFile(
    path.join(dir, "bias.yml"),
    `model: m
champion:
  registry: registry
  scorer: { type: predictions, file: champion.csv }
scorer: { type: predictions, file: challenger.csv }
data: { path: data.csv, label: label, id: id }
sensitive: ${config.sensitive}
bootstrap: { resamples: 300 }
gates:
${config.gates}
`,
  );
  return dir;
}

describe("evaluate-bias action", () => {
  it("measures disparities against the champion, gates them and sets its outputs", async () => {
    const ws = await workspace({
      sensitive: "[group]",
      gates: "  - { metric: demographic_parity_ratio, min: 0.8 }",
    });
    const run = await runAction({
      entry: ENTRY,
      cwd: ws,
      inputs: { config: "bias.yml", "fail-on": "never" },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ status: "fail", "champion-version": "1.0.0" });
    const envelope = JSON.parse(await readFile(run.outputs["envelope-path"]!, "utf8")) as Envelope;
    expect(envelope.kind).toBe("bias");
    const dp = envelope.metrics["demographic_parity_ratio[group]"]!;
    expect(dp.value).toBeLessThan(0.8);
    expect(dp.delta!.ci!.upper).toBeLessThan(0);
  });

  it("names the file, line and the nearest column for a sensitive column the data lacks", async () => {
    const ws = await workspace({
      sensitive: "[grp]",
      gates: "  - { metric: demographic_parity_ratio, min: 0.8 }",
    });
    const run = await runAction({ entry: ENTRY, cwd: ws, inputs: { config: "bias.yml" } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe("error");
    const error = run.commands.find((c) => c.command === "error");
    expect(error?.properties).toMatchObject({ file: "bias.yml", line: "7" });
    expect(error?.message).toContain('column "grp" is not in data.csv');
    expect(run.stdout + run.stderr).toContain('did you mean "group"?');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it("reuses the predictions train-validate made earlier in the job instead of scoring again", async () => {
    const ws = await workspace({ sensitive: "[group]", gates: "  []" });
    await writeFile(path.join(ws, "model.json"), "{}\n");
    await writeFile(
      path.join(ws, "predict.cjs"),
      `const fs = require("node:fs");
const [, input, output] = process.argv.slice(2);
fs.appendFileSync("calls.txt", "x");
const rows = fs.readFileSync(input, "utf8").trim().split("\\n").slice(1);
fs.writeFileSync(output, "probability\\n" + rows.map((r, i) => ((i * 37) % 100) / 100).join("\\n") + "\\n");
`,
    );
    const scorer = `scorer: { type: command, command: '${process.execPath} predict.cjs {model} {input} {output}' }`;
    await writeFile(
      path.join(ws, "tv.yml"),
      `model: m\nchallenger: { model: model.json }\nchampion: { registry: registry, scorer: { type: predictions, file: champion.csv } }\ndata: { path: data.csv, label: label, id: id }\n${scorer}\nbacktest: { metrics: [accuracy_score], bootstrap: { resamples: 100 } }\n`,
    );
    const bias = (await readFile(path.join(ws, "bias.yml"), "utf8"))
      .replace(
        "scorer: { type: predictions, file: challenger.csv }",
        `${scorer}\nchallenger: { model: model.json }`,
      )
      .replace("gates:\n  []", "gates: []");
    await writeFile(path.join(ws, "bias.yml"), bias);
    const job = { RUNNER_TEMP: await mkdtemp(path.join(tmpdir(), "runner-temp-")) };
    const calls = async () => (await readFile(path.join(ws, "calls.txt"), "utf8")).length;

    const tv = await runAction({
      entry: "actions/train-validate/dist/index.js",
      cwd: ws,
      env: job,
      inputs: { config: "tv.yml", "fail-on": "never" },
    });
    expect(tv.exitCode, tv.stdout + tv.stderr).toBe(0);
    const scoredByTrainValidate = await calls();
    const run = await runAction({ entry: ENTRY, cwd: ws, env: job, inputs: { config: "bias.yml" } });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(await calls()).toBe(scoredByTrainValidate);
    expect(run.stdout).toContain("challenger: reusing the predictions made earlier in this job");

    const elsewhere = await runAction({ entry: ENTRY, cwd: ws, inputs: { config: "bias.yml" } });
    expect(elsewhere.exitCode).toBe(0);
    expect(await calls()).toBe(scoredByTrainValidate + 1);
  });

  it("keeps group names that are runner commands from speaking as one", async () => {
    const ws = await workspace({
      sensitive: "[group]",
      gates: "  - { metric: demographic_parity_ratio, min: 0.8 }",
      groups: ['"::error title=forged::x"', '"::warning::forged"'],
    });
    const run = await runAction({
      entry: ENTRY,
      cwd: ws,
      inputs: { config: "bias.yml", "fail-on": "never" },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain("forged");
    expect(run.commands.filter((c) => JSON.stringify(c).includes("forged"))).toEqual([]);
  });
});
