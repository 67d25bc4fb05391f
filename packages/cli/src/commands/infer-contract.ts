import type { Logger } from "@mlops/core";
import { runInferContract } from "@mlops/data";
import type { Command } from "commander";

export function inferContractCommand(program: Command, logger: Logger): void {
  program
    .command("infer-contract")
    .description("Profile a dataset and write a starting data contract to edit")
    .requiredOption("--data <file>", "dataset to profile (CSV, TSV, JSONL, Parquet; .gz allowed)")
    .option("--output <file>", "where to write the contract (default: print it)")
    .option("--name <name>", "dataset name in the contract")
    .action(async (opts) => {
      const result = await runInferContract(
        { data: opts.data, output: opts.output, name: opts.name },
        { logger },
      );
      if (!result.outputPath) process.stdout.write(result.text);
    });
}
