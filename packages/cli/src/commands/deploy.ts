import { type Logger, logFailure } from "@mlops/core";
import { runDeploy } from "@mlops/registry";
import { type Command, Option } from "commander";

export function deployCommand(program: Command, logger: Logger, setExit: (code: number) => void): void {
  program
    .command("deploy")
    .description(
      "Roll the registry's champion out (rolling, canary, blue-green, shadow) with health checks and automatic rollback",
    )
    .option("--config <file>", "deploy config", "deploy.yml")
    .option("--model-version <semver>", "deploy this registered version instead of the alias's")
    .option("--alias <name>", "deploy this alias's version (default: the config's, e.g. champion)")
    .option("--environment <name>", "deploy to this environment (default: the config's)")
    .option("--registry <dir>", "use this registry folder instead of the config's")
    .option("--out-dir <dir>", "where rendered manifests go", ".mlops/deploy")
    .option("--results-dir <dir>", "where to write the deployment result", ".mlops/results")
    .addOption(
      new Option("--registry-writes <how>", "use the registry folder, or the GitHub contents API")
        .choices(["local", "api"])
        .default("local"),
    )
    .option("--reason <text>", "why, for the audit log")
    .addOption(new Option("--github-token <token>", "token for the GitHub Deployment").env("GITHUB_TOKEN"))
    .action(async (opts) => {
      if (opts.githubToken) logger.mask(opts.githubToken);
      const result = await runDeploy(
        {
          config: opts.config,
          version: opts.modelVersion,
          alias: opts.alias,
          environment: opts.environment,
          registry: opts.registry,
          outDir: opts.outDir,
          resultsDir: opts.resultsDir,
          registryWrites: opts.registryWrites,
          reason: opts.reason,
          token: opts.githubToken,
        },
        { logger },
      );
      logger.info(`status: ${result.status}${result.rolledBack ? " (rolled back)" : ""}`);
      if (result.error) logFailure(logger, result.error);
      if (result.status !== "pass") setExit(1);
    });
}
