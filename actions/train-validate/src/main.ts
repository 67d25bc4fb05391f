import * as core from "@actions/core";
import { logFailure, parseChoice, runMain } from "@mlops/core";
import { runTrainValidate } from "@mlops/models";

await runMain(async (logger) => {
  const failOn = parseChoice("fail-on", core.getInput("fail-on") || "fail", ["fail", "never"] as const);
  const result = await runTrainValidate(
    {
      config: core.getInput("config") || "train-validate.yml",
      resultsDir: core.getInput("results-dir"),
      model: core.getInput("model") || undefined,
      champion: core.getInput("champion") || undefined,
    },
    { logger },
  );
  core.setOutput("status", result.status);
  core.setOutput("envelope-path", result.envelopePath);
  core.setOutput("model-path", result.modelPath ?? "");
  core.setOutput("model-digest", result.modelDigest ?? "");
  core.setOutput("champion-version", result.championVersion ?? "");
  if (result.error) {
    logFailure(logger, result.error);
    return 1;
  }
  if (failOn === "fail" && result.status === "fail") {
    logger.error("required gates failed: see the result for each gate");
    return 1;
  }
  return 0;
});
