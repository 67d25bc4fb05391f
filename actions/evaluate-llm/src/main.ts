import * as core from "@actions/core";
import { parseBoolean, parseChoice, runMain } from "@mlops/core";
import { runEvaluateLlm } from "@mlops/llm";

await runMain(async (logger) => {
  const concurrency = core.getInput("concurrency");
  const result = await runEvaluateLlm(
    {
      suites: core.getInput("suites"),
      base: core.getInput("base") || undefined,
      onlyChanged: parseBoolean("only-changed", core.getInput("only-changed") || "true"),
      resultsDir: core.getInput("results-dir"),
      cacheDir: core.getInput("cache-dir"),
      cache: parseChoice("cache", core.getInput("cache") || "use", ["use", "refresh", "off"] as const),
      shard: core.getInput("shard") || undefined,
      shardDir: core.getInput("shard-dir"),
      junit: core.getInput("junit") || undefined,
      dryRun: parseBoolean("dry-run", core.getInput("dry-run") || "false"),
      concurrency: concurrency ? Number(concurrency) : undefined,
      lockFile: core.getInput("lock-file") || undefined,
      failOn: parseChoice("fail-on", core.getInput("fail-on") || "fail", ["fail", "warn", "never"] as const),
    },
    { logger },
  );
  core.setOutput("status", result.status);
  core.setOutput("result-paths", result.envelopePaths.join("\n"));
  core.setOutput("junit-path", result.junitPath ?? "");
  core.setOutput("shard-path", result.shardPath ?? "");
  core.setOutput("cost-usd", result.estimate?.costUsd?.toString() ?? costOf(result.results));
  if (result.failure) {
    logger.error(result.failure);
    return 1;
  }
  return 0;
});

function costOf(results: readonly { costUsd?: number; usage?: unknown }[]): string {
  if (results.some((r) => r.usage && r.costUsd === undefined)) return "";
  return String(Number(results.reduce((n, r) => n + (r.costUsd ?? 0), 0).toPrecision(6)));
}
