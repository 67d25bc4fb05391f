import type { Logger } from "@mlops/core";
import { runReport } from "@mlops/report";
import { type Command, InvalidArgumentError, Option } from "commander";

export function reportCommand(program: Command, logger: Logger, setExit: (code: number) => void): void {
  program
    .command("report")
    .description(
      "Render every result in a directory into one report; in GitHub Actions also comment, summarise and upload it",
    )
    .option("--results <dir-or-glob>", "result files (JSON envelopes)", ".mlops/results")
    .option("--report-dir <dir>", "where to write report.html and report.md", ".mlops/report")
    .option("--title <text>", "report heading", "mlops report")
    .option("--no-comment", "do not post the sticky PR comment")
    .option("--comment-key <key>", "sticky comment key (default: <workflow>/<job>)")
    .option("--pull-request <number>", "pull request to comment on when the event names none", (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("a pull request number is expected");
      return n;
    })
    .option("--no-summary", "do not write the job summary")
    .option("--check", "create a check run with the verdict and annotations", false)
    .option("--check-name <name>", "check run name", "mlops gates")
    .option("--no-artifact", "do not upload the report artifact")
    .option("--artifact-name <name>", "report artifact name", "mlops-report")
    .addOption(
      new Option("--fail-on <level>", "exit non-zero at this status or worse")
        .choices(["fail", "warn", "never"])
        .default("fail"),
    )
    .addOption(
      new Option("--if-no-results <action>", "when no result files are found")
        .choices(["error", "warn", "ignore"])
        .default("error"),
    )
    .addOption(new Option("--github-token <token>", "token for comments and check runs").env("GITHUB_TOKEN"))
    .action(async (opts) => {
      if (opts.githubToken) logger.mask(opts.githubToken);
      const result = await runReport(
        {
          results: opts.results,
          reportDir: opts.reportDir,
          title: opts.title,
          comment: opts.comment,
          commentKey: opts.commentKey,
          summary: opts.summary,
          check: opts.check,
          checkName: opts.checkName,
          artifact: opts.artifact,
          artifactName: opts.artifactName,
          failOn: opts.failOn,
          ifNoResults: opts.ifNoResults,
          token: opts.githubToken,
          pullRequest: opts.pullRequest,
        },
        { logger },
      );
      logger.info(`status: ${result.status}`);
      logger.info(`report: ${result.reportPath}`);
      logger.info(`markdown: ${result.markdownPath}`);
      if (result.commentUrl) logger.info(`comment: ${result.commentUrl}`);
      if (result.failure) {
        logger.error(result.failure);
        setExit(1);
      }
    });
}
