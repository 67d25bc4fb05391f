import * as core from "@actions/core";
import { ConfigError, parseBoolean, parseChoice, runMain } from "@mlops/core";
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
      pullRequest: parsePullRequest(core.getInput("pull-request")),
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

function parsePullRequest(value: string): number | undefined {
  if (value.trim() === "") return undefined;
  const n = Number(value);
  if (Number.isInteger(n) && n > 0) return n;
  throw new ConfigError(`input "pull-request" must be a pull request number; found "${value}"`, {
    location: { file: "action inputs", path: "pull-request" },
  });
}
