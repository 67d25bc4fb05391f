import type { Logger } from "@mlops/core";
import { runValidateData } from "@mlops/data";
import { type Command, Option } from "commander";

export function validateDataCommand(program: Command, logger: Logger, setExit: (code: number) => void): void {
  program
    .command("validate-data")
    .description(
      "Check a dataset against its contract, for quality, for drift against a reference, and for leakage",
    )
    .requiredOption("--data <file>", "dataset to validate (CSV, TSV, JSONL, Parquet; .gz allowed)")
    .option("--reference <file>", "reference dataset (e.g. training data) for drift and leakage")
    .option("--contract <file>", "data contract (YAML or JSON)")
    .option("--name <name>", "dataset name in the report")
    .option("--results-dir <dir>", "where to write the result file", ".mlops/results")
    .addOption(
      new Option("--fail-on <level>", "exit non-zero at this status or worse")
        .choices(["fail", "warn", "never"])
        .default("fail"),
    )
    .action(async (opts) => {
      const result = await runValidateData(
        {
          data: opts.data,
          reference: opts.reference,
          contract: opts.contract,
          name: opts.name,
          resultsDir: opts.resultsDir,
          failOn: opts.failOn,
        },
        { logger },
      );
      logger.info(
        `status: ${result.status}${result.envelope.summary ? ` (${result.envelope.summary})` : ""}`,
      );
      if (result.failure) {
        logger.error(result.failure);
        setExit(1);
      }
    });
}
