import { type Logger, logFailure } from "@mlops/core";
import { runPromote } from "@mlops/registry";
import { type Command, InvalidArgumentError, Option } from "commander";

export function promoteCommand(program: Command, logger: Logger, setExit: (code: number) => void): void {
  program
    .command("promote")
    .description(
      "Promote a model only when every required gate passed for that exact artifact: register it, move the stage's alias, audit",
    )
    .option("--config <file>", "promotion policy", "promote.yml")
    .option("--stage <name>", "stage to promote to (default: the first)")
    .option("--model <file>", "the challenger's artifact file")
    .option("--model-version <semver>", "version to register, or to move up at a later stage")
    .option("--registry <dir>", "use this registry folder instead of the policy's")
    .option("--evidence <dir>", "result files computed on the artifact", ".mlops/results")
    .option("--results-dir <dir>", "where to write the promotion result", ".mlops/results")
    .addOption(
      new Option("--registry-writes <how>", "write the registry folder, or commit through the GitHub API")
        .choices(["local", "api"])
        .default("local"),
    )
    .option("--dry-run", "decide and report without writing", false)
    .option("--reason <text>", "why, for the audit log")
    .option("--pull-request <number>", "merged pull request, linked from the audit record", (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("a pull request number is expected");
      return n;
    })
    .option("--report-url <url>", "link to the report behind the decision")
    .addOption(new Option("--github-token <token>", "token for API writes").env("GITHUB_TOKEN"))
    .action(async (opts) => {
      if (opts.githubToken) logger.mask(opts.githubToken);
      const result = await runPromote(
        {
          config: opts.config,
          stage: opts.stage,
          model: opts.model,
          version: opts.modelVersion,
          evidence: opts.evidence,
          registry: opts.registry,
          resultsDir: opts.resultsDir,
          registryWrites: opts.registryWrites,
          dryRun: opts.dryRun,
          reason: opts.reason,
          pullRequest: opts.pullRequest,
          reportUrl: opts.reportUrl,
          token: opts.githubToken,
        },
        { logger },
      );
      logger.info(`status: ${result.status}`);
      if (result.error) {
        logFailure(logger, result.error);
        setExit(1);
      } else if (result.status === "fail") setExit(1);
    });
}
