import * as core from "@actions/core";
import { ConfigError, logFailure, parseBoolean, parseChoice, runMain } from "@mlops/core";
import { runPromote } from "@mlops/registry";

await runMain(async (logger) => {
  const token = core.getInput("github-token");
  if (token) logger.mask(token);
  const result = await runPromote(
    {
      config: core.getInput("config") || "promote.yml",
      stage: core.getInput("stage") || undefined,
      model: core.getInput("model") || undefined,
      version: core.getInput("version") || undefined,
      evidence: core.getInput("evidence") || undefined,
      resultsDir: core.getInput("results-dir"),
      registryWrites: parseChoice("registry-writes", core.getInput("registry-writes") || "api", [
        "api",
        "local",
      ] as const),
      dryRun: parseBoolean("dry-run", core.getInput("dry-run") || "false"),
      reason: core.getInput("reason") || undefined,
      pullRequest: parsePullRequest(core.getInput("pull-request")),
      reportUrl: core.getInput("report-url") || undefined,
      token,
    },
    { logger },
  );
  core.setOutput("status", result.status);
  core.setOutput("version", result.version ?? "");
  core.setOutput("previous-version", result.previous ?? "");
  core.setOutput("alias", result.alias);
  core.setOutput("refusal", result.refusals.join("\n"));
  core.setOutput("envelope-path", result.envelopePath);
  if (result.error) {
    logFailure(logger, result.error);
    return 1;
  }
  return result.status === "fail" ? 1 : 0;
});

function parsePullRequest(value: string): number | undefined {
  if (value.trim() === "") return undefined;
  const n = Number(value);
  if (Number.isInteger(n) && n > 0) return n;
  throw new ConfigError(`input "pull-request" must be a pull request number; found "${value}"`, {
    location: { file: "action inputs", path: "pull-request" },
  });
}
