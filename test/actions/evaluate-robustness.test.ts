/**
 * Black-box runs of the bundled evaluate-robustness action, spawned as the runner spawns it: a predict
 * command for both models (the champion's artifact kept in a file registry) that counts its calls.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Envelope } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { registryWithChampion } from "../harness/file-registry.ts";
import { runAction } from "../harness/run-action.ts";

const ENTRY = "actions/evaluate-robustness/dist/index.js";

/** The challenger's decision turns on x near 50 and on the plan; the champion's `bias` keeps it far from both. */
const PREDICT = `const fs = require("node:fs");
const [model, input, output] = process.argv.slice(2);
const m = JSON.parse(fs.readFileSync(model, "utf8"));
fs.appendFileSync("calls.txt", "x");
const [header, ...rows] = fs.readFileSync(input, "utf8").trim().split("\\n");
const cols = header.split(",");
const x = cols.indexOf("x");
const plan = cols.indexOf("plan");
fs.writeFileSync(output, "probability\\n" + rows.map((r) => {
  const f = r.split(",");
  const z = (Number(f[x] || 0) - 50) / 2 + (/gold|warning/.test(f[plan]) ? 4 : 0) + (m.bias || 0);
  return (1 / (1 + Math.exp(-z))).toFixed(6);
}).join("\\n") + "\\n");
`;

async function workspace(plans: [string, string]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "robustness-action-"));
  const data = ["id,x,plan,label"];
  for (let i = 0; i < 300; i++)
    data.push(`r${i},${40 + ((i * 7) % 21)},${i % 3 ? plans[0] : plans[1]},${i % 2}`);
  await writeFile(path.join(dir, "data.csv"), `${data.join("\n")}\n`);
  await writeFile(path.join(dir, "predict.cjs"), PREDICT);
  await writeFile(path.join(dir, "model.json"), "{}\n");
  await writeFile(path.join(dir, "calls.txt"), "");
  await registryWithChampion(path.join(dir, "registry"), "m", {
    uri: "champion.json",
    content: '{"bias": 40}\n',
  });
  await writeFile(
    path.join(dir, "robustness.yml"),
    `model: m
champion: { registry: registry }
challenger: { model: model.json }
scorer: { type: command, command: '${process.execPath} predict.cjs {model} {input} {output}' }
data: { path: data.csv, label: label, id: id }
detectors:
  - { type: jitter, seed: 1 }
  - { type: gaussian_noise, seed: 2 }
  - { type: categorical_swap, seed: 3 }
gates:
  - { metric: fail_rate, non_inferiority_margin: 0.01 }
`,
  );
  return dir;
}

describe("evaluate-robustness action", () => {
  it("scores each detector's perturbed rows in one call per model, compares with the champion and sets its outputs", async () => {
    const ws = await workspace(["basic", "gold"]);
    const run = await runAction({
      entry: ENTRY,
      cwd: ws,
      inputs: { config: "robustness.yml", "fail-on": "never" },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ status: "fail", "champion-version": "1.0.0" });
    // The original rows and three detectors for each of the two models; the challenger's sample scored
    // again (one call) and 10 rows scored one at a time.
    expect((await readFile(path.join(ws, "calls.txt"), "utf8")).length).toBe(19);
    const envelope = JSON.parse(await readFile(run.outputs["envelope-path"]!, "utf8")) as Envelope;
    expect(envelope.kind).toBe("robustness");
    const swap = envelope.metrics["fail_rate[categorical_swap]"]!;
    expect(swap.value).toBeGreaterThan(0.05);
    expect(swap.baseline!.value).toBe(0);
    expect(swap.delta!.ci!.lower).toBeGreaterThan(0);
    expect(envelope.checks.find((c) => c.gate)).toMatchObject({ metric: "fail_rate", status: "fail" });
  });

  it("keeps category values that are runner commands from speaking as one", async () => {
    const ws = await workspace(['"::error title=forged::x"', '"::warning::forged"']);
    const run = await runAction({
      entry: ENTRY,
      cwd: ws,
      inputs: { config: "robustness.yml", "fail-on": "never" },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const envelope = await readFile(run.outputs["envelope-path"]!, "utf8");
    expect(envelope).toContain("forged");
    expect(run.commands.filter((c) => JSON.stringify(c).includes("forged"))).toEqual([]);
  });
});
