import * as core from "@actions/core";
import { parseChoice, runMain } from "@mlops/core";
import { runValidateData } from "@mlops/data";

await runMain(async (logger) => {
  const result = await runValidateData(
    {
      data: core.getInput("data", { required: true }),
      reference: core.getInput("reference") || undefined,
      contract: core.getInput("contract") || undefined,
      name: core.getInput("name") || undefined,
      resultsDir: core.getInput("results-dir"),
      failOn: parseChoice("fail-on", core.getInput("fail-on") || "fail", ["fail", "warn", "never"] as const),
    },
    { logger },
  );
  core.setOutput("status", result.status);
  core.setOutput("result-path", result.envelopePath);
  core.setOutput("drift-share", String(result.envelope.metrics.drift_share?.value ?? ""));
  core.setOutput("rows", String(result.envelope.metrics.rows?.value ?? ""));
  if (result.failure) {
    logger.error(result.failure);
    return 1;
  }
  return 0;
});
