import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  getInput,
  setOutput
} from "../../../dist/chunks/chunk-VR6DMLS4.js";
import {
  runPromote
} from "../../../dist/chunks/chunk-C4DYIDJT.js";
import {
  logFailure,
  parseBoolean,
  parseChoice,
  runMain
} from "../../../dist/chunks/chunk-TDIIF3ML.js";
import "../../../dist/chunks/chunk-RAR6WTNN.js";
import "../../../dist/chunks/chunk-IRBGD2ZG.js";
import "../../../dist/chunks/chunk-XR2IEJ4Y.js";
import {
  ConfigError
} from "../../../dist/chunks/chunk-CYLWIE3E.js";
import "../../../dist/chunks/chunk-SFHOJSAM.js";

// actions/promote/src/main.ts
await runMain(async (logger) => {
  const token = getInput("github-token");
  if (token) logger.mask(token);
  const result = await runPromote(
    {
      config: getInput("config") || "promote.yml",
      stage: getInput("stage") || void 0,
      model: getInput("model") || void 0,
      version: getInput("version") || void 0,
      evidence: getInput("evidence") || void 0,
      resultsDir: getInput("results-dir"),
      registryWrites: parseChoice("registry-writes", getInput("registry-writes") || "api", [
        "api",
        "local"
      ]),
      dryRun: parseBoolean("dry-run", getInput("dry-run") || "false"),
      reason: getInput("reason") || void 0,
      pullRequest: parsePullRequest(getInput("pull-request")),
      reportUrl: getInput("report-url") || void 0,
      token
    },
    { logger }
  );
  setOutput("status", result.status);
  setOutput("version", result.version ?? "");
  setOutput("previous-version", result.previous ?? "");
  setOutput("alias", result.alias);
  setOutput("refusal", result.refusals.join("\n"));
  setOutput("envelope-path", result.envelopePath);
  if (result.error) {
    logFailure(logger, result.error);
    return 1;
  }
  return result.status === "fail" ? 1 : 0;
});
function parsePullRequest(value) {
  if (value.trim() === "") return void 0;
  const n = Number(value);
  if (Number.isInteger(n) && n > 0) return n;
  throw new ConfigError(`input "pull-request" must be a pull request number; found "${value}"`, {
    location: { file: "action inputs", path: "pull-request" }
  });
}
