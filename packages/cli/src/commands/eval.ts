import type { Logger } from "@mlops/core";
import { DEFAULT_SHARD_DIR, DEFAULT_SUITES, runEvaluateLlm, runMerge } from "@mlops/llm";
import { type Command, InvalidArgumentError, Option } from "commander";

const failOn = () =>
  new Option("--fail-on <level>", "exit non-zero at this status or worse")
    .choices(["fail", "warn", "never"])
    .default("fail");

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a positive integer");
  return n;
}

export function evalCommand(program: Command, logger: Logger, setExit: (code: number) => void): void {
  program
    .command("eval")
    .description(
      "Evaluate prompts with their eval suites; with --base, also the base version of each changed prompt",
    )
    .option("--suites <glob-or-paths>", "eval suite files (glob or comma-separated)", DEFAULT_SUITES)
    .option("--base <ref>", "git ref to compare with (default in a pull request: origin/$GITHUB_BASE_REF)")
    .option("--all", "with --base, also evaluate prompts that did not change")
    .option("--results-dir <dir>", "where to write the result files", ".mlops/results")
    .option(
      "--cache-dir <dir>",
      "response cache and checkpoints (save it with actions/cache)",
      ".mlops/llm-cache",
    )
    .addOption(
      new Option("--cache <mode>", "use: read and write; refresh: write only; off: neither")
        .choices(["use", "refresh", "off"])
        .default("use"),
    )
    .option("--shard <i/n>", "run one of n deterministic shards and write a shard file for `mlops merge`")
    .option("--shard-dir <dir>", "where shard files go", DEFAULT_SHARD_DIR)
    .option("--junit <file>", "also write JUnit XML")
    .option("--dry-run", "count calls, tokens and cost without calling any model")
    .option("--concurrency <n>", "requests in flight per provider (overrides the suites)", positiveInt)
    .option("--lock-file <file>", "prompt lock file (default: prompts.lock.json beside the prompts folder)")
    .option("--update-lock", "write the prompt lock file from the prompt files")
    .addOption(failOn())
    .action(async (opts) => {
      const result = await runEvaluateLlm(
        {
          suites: opts.suites,
          base: opts.base,
          onlyChanged: !opts.all,
          resultsDir: opts.resultsDir,
          cacheDir: opts.cacheDir,
          cache: opts.cache,
          shard: opts.shard,
          shardDir: opts.shardDir,
          junit: opts.junit,
          dryRun: opts.dryRun,
          concurrency: opts.concurrency,
          lockFile: opts.lockFile,
          updateLock: opts.updateLock,
          failOn: opts.failOn,
        },
        { logger },
      );
      logger.info(`status: ${result.status}`);
      for (const file of result.envelopePaths) logger.info(`result: ${file}`);
      if (result.junitPath) logger.info(`junit: ${result.junitPath}`);
      if (result.failure) {
        logger.error(result.failure);
        setExit(1);
      }
    });
}

export function mergeCommand(program: Command, logger: Logger, setExit: (code: number) => void): void {
  program
    .command("merge")
    .description("Combine the shard files of `mlops eval --shard i/n` into the result files of one run")
    .option("--shard-dir <dir>", "directory holding every shard file", DEFAULT_SHARD_DIR)
    .option("--results-dir <dir>", "where to write the result files", ".mlops/results")
    .option("--junit <file>", "also write JUnit XML")
    .addOption(failOn())
    .action(async (opts) => {
      const result = await runMerge(
        { shardDir: opts.shardDir, resultsDir: opts.resultsDir, junit: opts.junit, failOn: opts.failOn },
        { logger },
      );
      logger.info(`status: ${result.status}`);
      if (result.failure) {
        logger.error(result.failure);
        setExit(1);
      }
    });
}
