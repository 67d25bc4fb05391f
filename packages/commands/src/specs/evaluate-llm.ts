import type { EvaluateLlmResult } from "../evaluate-llm/eval-command.ts";
import { defineCommand } from "../spec.ts";
import { allowPaths, failOn, recordAgreement, resultsDir, statusOutput } from "./common-inputs.ts";

export const evaluateLlm = defineCommand({
  name: "evaluate-llm",
  aliases: ["eval"],
  description:
    "Evaluate prompts with their eval suites — quality assertions, latency, tokens and cost — against the base version of each changed prompt.",
  evaluates: "llm-eval",
  action: true,
  branding: { icon: "message-square", color: "blue" },
  inputs: {
    suites: {
      type: "string",
      description: "Eval suite files: a glob or comma-separated paths.",
      default: "evals/*.yaml",
    },
    base: {
      type: "string",
      description:
        "Git ref of the base version to compare with. Default in a pull request: origin/<base branch> (check out with fetch-depth: 0).",
    },
    "only-changed": {
      type: "boolean",
      description: "With a base, evaluate only prompts whose content, or a partial they include, changed.",
      default: "true",
    },
    "results-dir": resultsDir,
    "cache-dir": {
      type: "path",
      description: "Response cache and checkpoints; save and restore it with actions/cache.",
      default: ".mlops/llm-cache",
    },
    cache: {
      type: "choice",
      choices: ["use", "refresh", "off"],
      description: "use (read and write), refresh (write only) or off.",
      default: "use",
    },
    shard: {
      type: "string",
      description: "Run one of n deterministic shards, e.g. 2/4 in a matrix; combine with `mlops merge`.",
    },
    "shard-dir": { type: "path", description: "Where shard files go.", default: ".mlops/llm-shards" },
    junit: { type: "path", description: "Also write JUnit XML to this path." },
    "dry-run": {
      type: "boolean",
      description:
        "Count calls, tokens and cost without calling any model; fails when the estimate exceeds a budget of a suite.",
      default: "false",
    },
    concurrency: {
      type: "positive-integer",
      description: "Requests in flight per provider, overriding the suites.",
    },
    "lock-file": {
      type: "path",
      description:
        "Prompt lock file checked for staleness. Default: prompts.lock.json beside the prompts folder.",
    },
    "update-lock": {
      type: "boolean",
      description: "Write the prompt lock file from the prompt files.",
      default: "false",
      only: "cli",
    },
    "record-agreement": recordAgreement,
    "allow-api-key-env": {
      type: "list",
      description:
        "Variables a suite may name as api_key_env besides OPENAI_API_KEY, AZURE_OPENAI_API_KEY, ANTHROPIC_API_KEY, GROQ_API_KEY, MISTRAL_API_KEY, TOGETHER_API_KEY, OPENROUTER_API_KEY and DEEPSEEK_API_KEY (comma- or newline-separated). Runner and GitHub tokens are never allowed.",
    },
    "allow-hosts": {
      type: "list",
      description:
        "Hosts an API key may be sent to besides its provider's own and loopback, e.g. a proxy (comma- or newline-separated; *.example.com for subdomains). A suite whose base_url leads a key elsewhere is refused.",
    },
    "fail-on": failOn,
    "allow-paths": allowPaths,
  },
  outputs: {
    status: statusOutput,
    "result-paths": {
      description: "Result files written, one per line.",
      value: (r) => r.envelopePaths.join("\n"),
    },
    "junit-path": {
      description: "Path of the JUnit XML, when written.",
      value: (r: Partial<EvaluateLlmResult>) => r.junitPath,
    },
    "shard-path": {
      description: "Path of the shard file, when sharded.",
      value: (r: Partial<EvaluateLlmResult>) => r.shardPath,
    },
    "cost-usd": {
      description:
        "Total cost of the model calls in USD (the estimate in a dry run); empty when a model has no price.",
      value: (r: Partial<EvaluateLlmResult>) =>
        r.estimate ? r.estimate.costUsd?.toString() : costOf(r.results ?? []),
    },
  },
  subject: (input) => ({ type: "prompt", name: input.suites }),
  async run(input, io) {
    const { runEvaluateLlm } = await import("../evaluate-llm/eval-command.ts");
    const result: EvaluateLlmResult = await runEvaluateLlm(
      {
        suites: input.suites,
        base: input.base,
        onlyChanged: input["only-changed"],
        resultsDir: input["results-dir"],
        cacheDir: input["cache-dir"],
        cache: input.cache,
        shard: input.shard,
        shardDir: input["shard-dir"],
        junit: input.junit,
        dryRun: input["dry-run"],
        concurrency: input.concurrency,
        lockFile: input["lock-file"],
        updateLock: input["update-lock"],
        allowApiKeyEnv: input["allow-api-key-env"],
        allowHosts: input["allow-hosts"],
        recordAgreement: input["record-agreement"],
      },
      io,
    );
    if (result.junitPath) io.logger.info(`junit: ${result.junitPath}`);
    return result;
  },
});

function costOf(results: readonly { costUsd?: number; usage?: unknown }[]): string | undefined {
  if (results.some((r) => r.usage && r.costUsd === undefined)) return undefined;
  return String(Number(results.reduce((n, r) => n + (r.costUsd ?? 0), 0).toPrecision(6)));
}
