import { defineCommand } from "../spec.ts";
import { allowPaths, failOn, recordAgreement, resultsDir, statusOutput } from "./common-inputs.ts";

export const merge = defineCommand({
  name: "merge",
  description:
    "Combine the shard files of `mlops evaluate-llm --shard i/n` into the result files of one run.",
  evaluates: "llm-eval",
  action: false,
  inputs: {
    "shard-dir": {
      type: "path",
      description: "Directory holding every shard file.",
      default: ".mlops/llm-shards",
    },
    "results-dir": resultsDir,
    junit: { type: "path", description: "Also write JUnit XML to this path." },
    "record-agreement": recordAgreement,
    "fail-on": failOn,
    "allow-paths": allowPaths,
  },
  outputs: { status: statusOutput },
  subject: () => ({ type: "prompt", name: "shards" }),
  async run(input, io) {
    const { runMerge } = await import("../evaluate-llm/merge-command.ts");
    return runMerge(
      {
        shardDir: input["shard-dir"],
        resultsDir: input["results-dir"],
        junit: input.junit,
        recordAgreement: input["record-agreement"],
      },
      io,
    );
  },
});
