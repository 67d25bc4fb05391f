import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  getInput,
  setOutput
} from "../../../dist/chunks/chunk-VR6DMLS4.js";
import {
  runDeploy
} from "../../../dist/chunks/chunk-C4DYIDJT.js";
import {
  logFailure,
  parseChoice,
  runMain
} from "../../../dist/chunks/chunk-TDIIF3ML.js";
import "../../../dist/chunks/chunk-RAR6WTNN.js";
import "../../../dist/chunks/chunk-IRBGD2ZG.js";
import "../../../dist/chunks/chunk-XR2IEJ4Y.js";
import "../../../dist/chunks/chunk-CYLWIE3E.js";
import "../../../dist/chunks/chunk-SFHOJSAM.js";

// actions/deploy/src/main.ts
await runMain(async (logger) => {
  const token = getInput("github-token");
  if (token) logger.mask(token);
  const result = await runDeploy(
    {
      config: getInput("config") || "deploy.yml",
      version: getInput("version") || void 0,
      alias: getInput("alias") || void 0,
      environment: getInput("environment") || void 0,
      outDir: getInput("out-dir") || void 0,
      resultsDir: getInput("results-dir"),
      registryWrites: parseChoice("registry-writes", getInput("registry-writes") || "api", [
        "api",
        "local"
      ]),
      reason: getInput("reason") || void 0,
      token
    },
    { logger }
  );
  setOutput("status", result.status);
  setOutput("version", result.version ?? "");
  setOutput("previous-version", result.previous ?? "");
  setOutput("rolled-back", String(result.rolledBack));
  setOutput("envelope-path", result.envelopePath);
  if (result.error) {
    logFailure(logger, result.error);
    return 1;
  }
  return result.status === "pass" ? 0 : 1;
});
