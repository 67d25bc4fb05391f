import { defineCommand } from "../spec.ts";
import { allowPaths } from "./common-inputs.ts";

export const inferContract = defineCommand({
  name: "infer-contract",
  description: "Profile a dataset and write a starting data contract to edit.",
  action: false,
  inputs: {
    data: {
      type: "path",
      description: "Dataset to profile (CSV, TSV, JSONL, Parquet; .gz allowed).",
      required: true,
    },
    output: { type: "path", description: "Where to write the contract (default: print it)." },
    name: {
      type: "string",
      description:
        "Dataset name in the contract (default: the nearest folder of the data that is not data/, raw/, …, else dataset).",
    },
    "min-rows": {
      type: "positive-integer",
      default: "10",
      description: "Fewest readable data rows to infer from; fewer is an error.",
    },
    "range-margin": {
      type: "share",
      default: "10%",
      description:
        "Share of each numeric column's observed range added below its min and above its max (0 keeps the observed range).",
    },
    "allow-paths": allowPaths,
  },
  outputs: {},
  async run(input, io) {
    const { runInferContract } = await import("@mlops/data");
    const result = await runInferContract(
      {
        data: input.data,
        output: input.output,
        name: input.name,
        minRows: input["min-rows"],
        rangeMargin: input["range-margin"],
      },
      io,
    );
    if (!result.outputPath) io.print(result.text);
    return { status: "pass" as const, envelopePaths: [] };
  },
});
