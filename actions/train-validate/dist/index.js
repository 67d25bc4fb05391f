import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  getInput,
  setOutput
} from "../../../dist/chunks/chunk-VR6DMLS4.js";
import {
  runTrainValidate
} from "../../../dist/chunks/chunk-JP5KR57B.js";
import "../../../dist/chunks/chunk-C4DYIDJT.js";
import {
  logFailure,
  parseChoice,
  runMain
} from "../../../dist/chunks/chunk-TDIIF3ML.js";
import "../../../dist/chunks/chunk-RAR6WTNN.js";
import "../../../dist/chunks/chunk-3TW7JLGS.js";
import "../../../dist/chunks/chunk-IRBGD2ZG.js";
import "../../../dist/chunks/chunk-XR2IEJ4Y.js";
import "../../../dist/chunks/chunk-CYLWIE3E.js";
import "../../../dist/chunks/chunk-SFHOJSAM.js";

// actions/train-validate/src/main.ts
await runMain(async (logger) => {
  const failOn = parseChoice("fail-on", getInput("fail-on") || "fail", ["fail", "never"]);
  const result = await runTrainValidate(
    {
      config: getInput("config") || "train-validate.yml",
      resultsDir: getInput("results-dir"),
      model: getInput("model") || void 0,
      champion: getInput("champion") || void 0
    },
    { logger }
  );
  setOutput("status", result.status);
  setOutput("envelope-path", result.envelopePath);
  setOutput("model-path", result.modelPath ?? "");
  setOutput("model-digest", result.modelDigest ?? "");
  setOutput("champion-version", result.championVersion ?? "");
  if (result.error) {
    logFailure(logger, result.error);
    return 1;
  }
  if (failOn === "fail" && result.status === "fail") {
    logger.error("required gates failed: see the result for each gate");
    return 1;
  }
  return 0;
});
