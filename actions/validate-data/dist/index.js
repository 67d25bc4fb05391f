import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  getInput,
  setOutput
} from "../../../dist/chunks/chunk-VR6DMLS4.js";
import {
  runValidateData
} from "../../../dist/chunks/chunk-M2OK47GM.js";
import {
  parseChoice,
  runMain
} from "../../../dist/chunks/chunk-TDIIF3ML.js";
import "../../../dist/chunks/chunk-RAR6WTNN.js";
import "../../../dist/chunks/chunk-T7HTAII3.js";
import "../../../dist/chunks/chunk-3TW7JLGS.js";
import "../../../dist/chunks/chunk-IRBGD2ZG.js";
import "../../../dist/chunks/chunk-XR2IEJ4Y.js";
import "../../../dist/chunks/chunk-CYLWIE3E.js";
import "../../../dist/chunks/chunk-SFHOJSAM.js";

// actions/validate-data/src/main.ts
await runMain(async (logger) => {
  const result = await runValidateData(
    {
      data: getInput("data", { required: true }),
      reference: getInput("reference") || void 0,
      contract: getInput("contract") || void 0,
      name: getInput("name") || void 0,
      resultsDir: getInput("results-dir"),
      failOn: parseChoice("fail-on", getInput("fail-on") || "fail", ["fail", "warn", "never"])
    },
    { logger }
  );
  setOutput("status", result.status);
  setOutput("result-path", result.envelopePath);
  setOutput("drift-share", String(result.envelope.metrics.drift_share?.value ?? ""));
  setOutput("rows", String(result.envelope.metrics.rows?.value ?? ""));
  if (result.failure) {
    logger.error(result.failure);
    return 1;
  }
  return 0;
});
