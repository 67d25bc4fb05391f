import * as core from "@actions/core";
import { parseBoolean, parseChoice, runMain } from "@mlops/core";
import { runReport } from "@mlops/report";

await runMain(async (logger) => {
  const token = core.getInput("github-token");
  if (token) logger.mask(token);
  const result = await runReport(
    {
      results: core.getInput("results"),
      reportDir: core.getInput("report-dir"),
      title: core.getInput("title"),
      comment: parseBoolean("comment", core.getInput("comment") || "true"),
      commentKey: core.getInput("comment-key"),
      summary: parseBoolean("summary", core.getInput("summary") || "true"),
      check: parseBoolean("check", core.getInput("check") || "false"),
      checkName: core.getInput("check-name"),
      artifact: parseBoolean("artifact", core.getInput("artifact") || "true"),
      artifactName: core.getInput("artifact-name"),
      failOn: parseChoice("fail-on", core.getInput("fail-on") || "fail", ["fail", "warn", "never"] as const),
      ifNoResults: parseChoice("if-no-results", core.getInput("if-no-results") || "error", [
        "error",
        "warn",
        "ignore",
      ] as const),
      token,
    },
    { logger },
  );
  core.setOutput("status", result.status);
  core.setOutput("comment-url", result.commentUrl ?? "");
  core.setOutput("report-path", result.reportPath);
  core.setOutput("artifact-url", result.artifactUrl ?? "");
  if (result.failure) {
    logger.error(result.failure);
    return 1;
  }
  return 0;
});
