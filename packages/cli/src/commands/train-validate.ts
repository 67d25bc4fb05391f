import { type Logger, logFailure } from "@mlops/core";
import { runTrainValidate } from "@mlops/models";
import { type Command, Option } from "commander";

export function trainValidateCommand(
  program: Command,
  logger: Logger,
  setExit: (code: number) => void,
): void {
  program
    .command("train-validate")
    .description(
      "Train the challenger, backtest it against the registry's champion with confidence intervals, and gate it",
    )
    .option("--config <file>", "train-validate config (YAML or JSON)", "train-validate.yml")
    .option("--results-dir <dir>", "where to write the result envelope", ".mlops/results")
    .option("--model <file>", "backtest this model file instead of training one")
    .option("--champion <ref>", "registry reference to compare with, e.g. churn@champion")
    .addOption(
      new Option("--fail-on <level>", "exit non-zero when a required gate fails (errors always do)")
        .choices(["fail", "never"])
        .default("fail"),
    )
    .action(async (opts) => {
      const result = await runTrainValidate(
        { config: opts.config, resultsDir: opts.resultsDir, model: opts.model, champion: opts.champion },
        { logger },
      );
      if (result.modelPath) logger.info(`model: ${result.modelPath} (${result.modelDigest})`);
      logger.info(`status: ${result.status}`);
      if (result.error) {
        logFailure(logger, result.error);
        setExit(1);
      } else if (opts.failOn === "fail" && result.status === "fail") {
        logger.error("required gates failed: see the result for each gate");
        setExit(1);
      }
    });
}
