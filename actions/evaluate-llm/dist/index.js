import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  getInput,
  setOutput
} from "../../../dist/chunks/chunk-VR6DMLS4.js";
import {
  runEvaluateLlm
} from "../../../dist/chunks/chunk-I4TWA4CI.js";
import "../../../dist/chunks/chunk-Y4GNVVGN.js";
import {
  parseBoolean,
  parseChoice,
  runMain
} from "../../../dist/chunks/chunk-TDIIF3ML.js";
import "../../../dist/chunks/chunk-RAR6WTNN.js";
import "../../../dist/chunks/chunk-3TW7JLGS.js";
import "../../../dist/chunks/chunk-IRBGD2ZG.js";
import "../../../dist/chunks/chunk-XR2IEJ4Y.js";
import "../../../dist/chunks/chunk-CYLWIE3E.js";
import "../../../dist/chunks/chunk-SFHOJSAM.js";

// actions/evaluate-llm/src/main.ts
await runMain(async (logger) => {
  const concurrency = getInput("concurrency");
  const result = await runEvaluateLlm(
    {
      suites: getInput("suites"),
      base: getInput("base") || void 0,
      onlyChanged: parseBoolean("only-changed", getInput("only-changed") || "true"),
      resultsDir: getInput("results-dir"),
      cacheDir: getInput("cache-dir"),
      cache: parseChoice("cache", getInput("cache") || "use", ["use", "refresh", "off"]),
      shard: getInput("shard") || void 0,
      shardDir: getInput("shard-dir"),
      junit: getInput("junit") || void 0,
      dryRun: parseBoolean("dry-run", getInput("dry-run") || "false"),
      concurrency: concurrency ? Number(concurrency) : void 0,
      lockFile: getInput("lock-file") || void 0,
      failOn: parseChoice("fail-on", getInput("fail-on") || "fail", ["fail", "warn", "never"])
    },
    { logger }
  );
  setOutput("status", result.status);
  setOutput("result-paths", result.envelopePaths.join("\n"));
  setOutput("junit-path", result.junitPath ?? "");
  setOutput("shard-path", result.shardPath ?? "");
  setOutput("cost-usd", result.estimate?.costUsd?.toString() ?? costOf(result.results));
  if (result.failure) {
    logger.error(result.failure);
    return 1;
  }
  return 0;
});
function costOf(results) {
  if (results.some((r) => r.usage && r.costUsd === void 0)) return "";
  return String(Number(results.reduce((n, r) => n + (r.costUsd ?? 0), 0).toPrecision(6)));
}
