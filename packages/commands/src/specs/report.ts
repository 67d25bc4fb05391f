import type { ReportCommandResult } from "../report/report-command.ts";
import { defineCommand } from "../spec.ts";
import { allowPaths, failOn, githubToken, pullRequest } from "./common-inputs.ts";

export const report = defineCommand({
  name: "report",
  description:
    "One sticky PR comment, job summary, check run and HTML artifact from every mlops result, with the gates' verdict.",
  action: true,
  branding: { icon: "bar-chart-2", color: "blue" },
  inputs: {
    results: {
      type: "string",
      description: "Directory or glob of result files (JSON envelopes) to report on.",
      default: ".mlops/results",
    },
    "github-token": githubToken(
      "Needs pull-requests: write (comment) and checks: write (check run); the CLI reads GITHUB_TOKEN.",
    ),
    comment: {
      type: "boolean",
      description: "Post or update the sticky PR comment (pull request events only).",
      default: "true",
    },
    "comment-key": {
      type: "string",
      description:
        "Key of the sticky comment; runs with the same key update one comment. Default: <workflow>/<job>.",
    },
    "pull-request": pullRequest(
      "to comment on, when the event does not name one (a workflow_run job reporting on a fork PR)",
    ),
    summary: { type: "boolean", description: "Write the report to the job summary.", default: "true" },
    check: {
      type: "boolean",
      description: "Create a check run with the verdict and annotations (needs checks: write).",
      default: "false",
    },
    "check-name": { type: "string", description: "Name of the check run.", default: "mlops gates" },
    artifact: {
      type: "boolean",
      description: "Upload the HTML and Markdown report and the result files as an artifact.",
      default: "true",
    },
    "artifact-name": { type: "string", description: "Name of the report artifact.", default: "mlops-report" },
    "fail-on": failOn,
    "if-no-results": {
      type: "choice",
      choices: ["error", "warn", "ignore"],
      description: "What to do when no result files are found: error, warn or ignore.",
      default: "error",
    },
    "report-dir": {
      type: "path",
      description: "Where to write report.html and report.md.",
      default: ".mlops/report",
    },
    title: { type: "string", description: "Heading of the report.", default: "mlops report" },
    "allow-paths": allowPaths,
  },
  outputs: {
    status: { description: "Overall status: pass, warn, fail or error.", value: (r) => r.status },
    "comment-url": {
      description: "URL of the sticky PR comment, when one was posted.",
      value: (r: Partial<ReportCommandResult>) => r.commentUrl,
    },
    "report-path": {
      description: "Path of the standalone HTML report.",
      value: (r: Partial<ReportCommandResult>) => r.reportPath,
    },
    "artifact-url": {
      description: "URL of the uploaded report artifact, when one was uploaded.",
      value: (r: Partial<ReportCommandResult>) => r.artifactUrl,
    },
  },
  async run(input, io) {
    const { runReport } = await import("../report/report-command.ts");
    const result = await runReport(
      {
        results: input.results,
        reportDir: input["report-dir"],
        title: input.title,
        comment: input.comment,
        commentKey: input["comment-key"],
        summary: input.summary,
        check: input.check,
        checkName: input["check-name"],
        artifact: input.artifact,
        artifactName: input["artifact-name"],
        ifNoResults: input["if-no-results"],
        token: input["github-token"],
        pullRequest: input["pull-request"],
      },
      io,
    );
    io.logger.info(`report: ${result.reportPath}`);
    if (result.commentUrl) io.logger.info(`comment: ${result.commentUrl}`);
    return { ...result, envelopePaths: [] };
  },
});
