import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  getInput,
  setOutput
} from "../../../dist/chunks/chunk-VR6DMLS4.js";
import {
  runReport
} from "../../../dist/chunks/chunk-OCBBLKFV.js";
import "../../../dist/chunks/chunk-FMKNJLKC.js";
import "../../../dist/chunks/chunk-Y4GNVVGN.js";
import {
  parseBoolean,
  parseChoice,
  runMain
} from "../../../dist/chunks/chunk-TDIIF3ML.js";
import "../../../dist/chunks/chunk-RAR6WTNN.js";
import "../../../dist/chunks/chunk-XR2IEJ4Y.js";
import {
  ConfigError
} from "../../../dist/chunks/chunk-CYLWIE3E.js";
import "../../../dist/chunks/chunk-SFHOJSAM.js";

// actions/report/src/main.ts
await runMain(async (logger) => {
  const token = getInput("github-token");
  if (token) logger.mask(token);
  const result = await runReport(
    {
      results: getInput("results"),
      reportDir: getInput("report-dir"),
      title: getInput("title"),
      comment: parseBoolean("comment", getInput("comment") || "true"),
      commentKey: getInput("comment-key"),
      summary: parseBoolean("summary", getInput("summary") || "true"),
      check: parseBoolean("check", getInput("check") || "false"),
      checkName: getInput("check-name"),
      artifact: parseBoolean("artifact", getInput("artifact") || "true"),
      artifactName: getInput("artifact-name"),
      failOn: parseChoice("fail-on", getInput("fail-on") || "fail", ["fail", "warn", "never"]),
      ifNoResults: parseChoice("if-no-results", getInput("if-no-results") || "error", [
        "error",
        "warn",
        "ignore"
      ]),
      token,
      pullRequest: parsePullRequest(getInput("pull-request"))
    },
    { logger }
  );
  setOutput("status", result.status);
  setOutput("comment-url", result.commentUrl ?? "");
  setOutput("report-path", result.reportPath);
  setOutput("artifact-url", result.artifactUrl ?? "");
  if (result.failure) {
    logger.error(result.failure);
    return 1;
  }
  return 0;
});
function parsePullRequest(value) {
  if (value.trim() === "") return void 0;
  const n = Number(value);
  if (Number.isInteger(n) && n > 0) return n;
  throw new ConfigError(`input "pull-request" must be a pull request number; found "${value}"`, {
    location: { file: "action inputs", path: "pull-request" }
  });
}
