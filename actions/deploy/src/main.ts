import * as core from "@actions/core";
import { logFailure, parseChoice, runMain } from "@mlops/core";
import { runDeploy } from "@mlops/registry";

await runMain(async (logger) => {
  const token = core.getInput("github-token");
  if (token) logger.mask(token);
  const result = await runDeploy(
    {
      config: core.getInput("config") || "deploy.yml",
      version: core.getInput("version") || undefined,
      alias: core.getInput("alias") || undefined,
      environment: core.getInput("environment") || undefined,
      outDir: core.getInput("out-dir") || undefined,
      resultsDir: core.getInput("results-dir"),
      registryWrites: parseChoice("registry-writes", core.getInput("registry-writes") || "api", [
        "api",
        "local",
      ] as const),
      reason: core.getInput("reason") || undefined,
      token,
    },
    { logger },
  );
  core.setOutput("status", result.status);
  core.setOutput("version", result.version ?? "");
  core.setOutput("previous-version", result.previous ?? "");
  core.setOutput("rolled-back", String(result.rolledBack));
  core.setOutput("envelope-path", result.envelopePath);
  if (result.error) {
    logFailure(logger, result.error);
    return 1;
  }
  return result.status === "pass" ? 0 : 1;
});
