import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLogger } from "@mlops/core";
import { readDataset, ScorerSchema } from "@mlops/models";
import { describe, expect, it } from "vitest";
import { modelScorer } from "./model-scorer.ts";

const logger = createLogger({ github: false, write: () => {} });

/** A predict command that scores x / 10 and counts its calls in calls.txt. */
async function project() {
  const dir = await mkdtemp(path.join(tmpdir(), "model-scorer-"));
  await writeFile(path.join(dir, "data.csv"), "x,label\n1,0\n5,1\n9,1\n");
  await writeFile(
    path.join(dir, "predict.cjs"),
    `const fs = require("node:fs");
const [, input, output] = process.argv.slice(2);
fs.appendFileSync("calls.txt", "x");
const rows = fs.readFileSync(input, "utf8").trim().split("\\n").slice(1);
fs.writeFileSync(output, "probability\\n" + rows.map((r) => Number(r) / 10).join("\\n") + "\\n");
`,
  );
  await writeFile(path.join(dir, "model.json"), "{}");
  const dataset = await readDataset(path.join(dir, "data.csv"));
  const scorer = ScorerSchema.parse({
    type: "command",
    command: `${process.execPath} predict.cjs {model} {input} {output}`,
  });
  const calls = async () => (await readFile(path.join(dir, "calls.txt"), "utf8").catch(() => "")).length;
  return { dir, dataset, scorer, calls, model: path.join(dir, "model.json") };
}

describe("modelScorer", () => {
  it("reuses predictions made earlier in the job for the same model digest, data and scorer", async () => {
    const { dir, dataset, scorer, calls, model } = await project();
    const env = { ...process.env, RUNNER_TEMP: await mkdtemp(path.join(tmpdir(), "runner-temp-")) };
    const scoreModel = modelScorer({ task: "classification", model: "m" }, dataset, [0], {
      base: dir,
      env,
      logger,
    });
    const first = await scoreModel("challenger", scorer, model, "sha256:aaa");
    const again = await scoreModel("challenger", scorer, model, "sha256:aaa");
    expect(Array.from(again.probability!)).toEqual(Array.from(first.probability!));
    expect(Array.from(first.probability!)).toEqual([0.1, 0.5, 0.9]);
    expect(await calls()).toBe(1);
    await scoreModel("champion", scorer, model, "sha256:bbb");
    expect(await calls()).toBe(2);
  });

  it("scores again outside a runner, and when no digest names the model", async () => {
    const { dir, dataset, scorer, calls, model } = await project();
    const env = { ...process.env, RUNNER_TEMP: "" };
    const scoreModel = modelScorer({ task: "classification", model: "m" }, dataset, [0], {
      base: dir,
      env,
      logger,
    });
    await scoreModel("challenger", scorer, model, "sha256:aaa");
    await scoreModel("challenger", scorer, model, "sha256:aaa");
    const inRunner = { ...process.env, RUNNER_TEMP: await mkdtemp(path.join(tmpdir(), "runner-temp-")) };
    const scoreInRunner = modelScorer({ task: "classification", model: "m" }, dataset, [0], {
      base: dir,
      env: inRunner,
      logger,
    });
    await scoreInRunner("challenger", scorer, model);
    await scoreInRunner("challenger", scorer, model);
    expect(await calls()).toBe(4);
  });
});
