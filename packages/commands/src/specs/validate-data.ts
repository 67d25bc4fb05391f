import { defineCommand } from "../spec.ts";
import type { ValidateDataResult } from "../validate-data/validate-data-command.ts";
import { allowPaths, envelopePathOutput, failOn, resultsDir, statusOutput } from "./common-inputs.ts";

export const validateData = defineCommand({
  name: "validate-data",
  description:
    "Data contracts, quality, drift against a reference, and train/test leakage for CSV, JSONL and Parquet — one result for the PR report.",
  evaluates: "data-validation",
  action: true,
  branding: { icon: "database", color: "blue" },
  inputs: {
    data: {
      type: "path",
      description: "The dataset to validate: CSV, TSV, JSONL or Parquet, optionally gzip-compressed.",
      required: true,
    },
    reference: {
      type: "path",
      description:
        "Reference dataset (e.g. the training data) for drift and leakage checks. Without it, only the contract and quality checks run.",
    },
    contract: {
      type: "path",
      description:
        "Data contract (YAML or JSON). Without it, column types are inferred and the default quality, drift and leakage checks apply.",
    },
    name: {
      type: "string",
      description: "Dataset name in the report. Default: the contract's name, else the data file's name.",
    },
    "results-dir": resultsDir,
    "fail-on": failOn,
    "allow-paths": allowPaths,
  },
  outputs: {
    status: statusOutput,
    "result-path": envelopePathOutput,
    rows: {
      description: "Rows in the validated dataset.",
      value: (r: Partial<ValidateDataResult>) => r.envelope?.metrics.rows?.value?.toString(),
    },
    "drift-share": {
      description:
        "Share of tested columns that drifted: feature columns unless the contract sets drift.shareColumns: all (empty without a reference).",
      value: (r: Partial<ValidateDataResult>) => r.envelope?.metrics.drift_share?.value?.toString(),
    },
  },
  subject: (input) => ({
    type: "dataset",
    name: input.name ?? input.data.split(/[\\/]/).pop() ?? input.data,
  }),
  async run(input, io) {
    const { runValidateData } = await import("../validate-data/validate-data-command.ts");
    const result = await runValidateData(
      {
        data: input.data,
        reference: input.reference,
        contract: input.contract,
        name: input.name,
        resultsDir: input["results-dir"],
      },
      io,
    );
    return { ...result, envelopePaths: [result.envelopePath] };
  },
});
