import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  type CommandIO,
  ConfigError,
  collectEnvelopes,
  DEFAULT_RESULTS_DIR,
  type Envelope,
  formatError,
  outsideWorkspace,
  RuntimeFailure,
  redact,
  type Status,
  worstStatus,
} from "@mlops/core";
import {
  appendJobSummary,
  createOctokit,
  defaultCommentKey,
  isPermissionDenied,
  permissionDeniedHelp,
  publishCheckRun,
  pullRequestOfRun,
  readRunContext,
  uploadReportArtifact,
  upsertStickyComment,
} from "@mlops/github";
import { overallStatus, renderHtml, renderMarkdown } from "@mlops/report";
import { errorEnvelope, relativeLocation } from "../error-result.ts";

/**
 * `report`: gathers every result envelope, renders one report, and publishes it where asked — the sticky
 * PR comment, the job summary, a check run, an artifact — then says whether the job should fail.
 * Publishing problems that a read-only token causes (fork PRs) degrade to the summary with a warning;
 * they never hide the verdict. A results file that cannot be read (malformed, too large) is reported
 * as an errored evaluation naming the file, and every other result is still rendered and posted.
 */

export type IfNoResults = "error" | "warn" | "ignore";

export interface ReportCommandOptions {
  results?: string;
  reportDir?: string;
  title?: string;
  comment?: boolean;
  commentKey?: string;
  summary?: boolean;
  check?: boolean;
  checkName?: string;
  artifact?: boolean;
  artifactName?: string;
  ifNoResults?: IfNoResults;
  token?: string;
  /** The pull request to comment on when the event does not say (a `workflow_run` reporting job). */
  pullRequest?: number;
}

export type ReportCommandIO = CommandIO;

export interface ReportCommandResult {
  status: Status;
  envelopes: number;
  reportPath: string;
  markdownPath: string;
  commentUrl?: string;
  artifactUrl?: string;
  checkUrl?: string;
  /** Why the status is what it is: the no-results notice, or the checks that did not pass. */
  reasons: string[];
}

export async function runReport(
  options: ReportCommandOptions,
  io: ReportCommandIO,
): Promise<ReportCommandResult> {
  const { logger } = io;
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  const ctx = readRunContext(env);
  const resultsPattern = options.results || DEFAULT_RESULTS_DIR;
  const reportDir = path.resolve(cwd, options.reportDir || ".mlops/report");
  const ifNoResults = options.ifNoResults ?? "error";

  const now = io.now?.() ?? new Date();
  const { envelopes, files } = await logger.group("Read results", async () => {
    const found = await collectEnvelopes(resultsPattern, {
      cwd,
      refuse: outsideResultsFile,
    });
    logger.info(`${found.files.length} result file(s) from ${resultsPattern}`);
    for (const problem of found.problems) {
      const location = relativeLocation(problem, cwd);
      logger.error(formatError(new ConfigError(problem.message, { location, hint: problem.hint })), location);
    }
    return {
      files: found.files,
      envelopes: [...found.envelopes, ...found.problems.map((problem) => unreadable(problem, cwd, now))],
    };
  });

  let status = overallStatus(envelopes);
  let noResults: string | undefined;
  if (envelopes.length === 0) {
    noResults = `no evaluation results found in ${resultsPattern}`;
    if (ifNoResults === "error") status = "error";
    if (ifNoResults === "warn") status = worstStatus([status, "warn"]);
    if (ifNoResults !== "ignore") logger.warn(noResults);
  }

  const baseOptions = {
    title: options.title || "mlops report",
    runUrl: ctx.runUrl,
    commitSha: ctx.pullRequest?.headSha ?? ctx.sha,
    generatedAt: now.toISOString(),
  };

  await mkdir(reportDir, { recursive: true });
  const reportPath = path.join(reportDir, "report.html");
  const markdownPath = path.join(reportDir, "report.md");
  await writeFile(reportPath, redact(renderHtml(envelopes, baseOptions)));
  await writeFile(markdownPath, redact(renderMarkdown(envelopes, { ...baseOptions, flavor: "summary" })));
  logger.info(`report written to ${path.relative(cwd, reportPath) || reportPath}`);

  const result: ReportCommandResult = {
    status,
    envelopes: envelopes.length,
    reportPath,
    markdownPath,
    reasons:
      noResults && ifNoResults === "error"
        ? [`${noResults} (set if-no-results to warn or ignore to allow this)`]
        : [failureMessage(status, envelopes)],
  };

  if (options.artifact !== false && env.ACTIONS_RUNTIME_TOKEN) {
    await logger.group("Upload report artifact", async () => {
      try {
        const uploaded = await uploadReportArtifact({
          name: options.artifactName || "mlops-report",
          files: [reportPath, markdownPath, ...files],
          rootDirectory: commonRoot([reportPath, markdownPath, ...files]),
          env,
        });
        result.artifactUrl = uploaded.url;
        logger.info(`artifact ${uploaded.id} (${uploaded.size} bytes, ${uploaded.digest})`);
      } catch (e) {
        // The report still reaches the comment and the summary; a missing artifact is a warning.
        logger.warn(`could not upload the report artifact: ${redact((e as Error).message)}`);
      }
    });
  }

  const reportUrl = result.artifactUrl ?? ctx.runUrl;
  const token = options.token ?? "";
  let pullRequest = options.pullRequest ?? ctx.pullRequest?.number;
  // A workflow_run job reporting on a fork's pull request: GitHub names the run's head, not its PR.
  const findPullRequest =
    pullRequest === undefined && options.comment !== false && ctx.workflowRun?.event === "pull_request";
  const wantsComment = options.comment !== false && (pullRequest !== undefined || findPullRequest);
  // The client is loaded only when something will be posted: it is most of the action's code.
  const octokit =
    token && ctx.repository && (wantsComment || options.check)
      ? await createOctokit(token, { baseUrl: ctx.apiUrl, onWarning: (m) => logger.warn(m) })
      : undefined;
  if (findPullRequest && octokit && ctx.repository && ctx.workflowRun) {
    pullRequest = await pullRequestOfRun(octokit, ctx.repository, ctx.workflowRun);
    logger.info(
      pullRequest === undefined
        ? `no open pull request has ${ctx.workflowRun.headBranch} at ${ctx.workflowRun.headSha.slice(0, 7)}: no PR comment`
        : `the triggering run tested pull request #${pullRequest}`,
    );
  }
  // The comment and the check run show the same Markdown: render it once, and only if one of them is posted.
  let commentBody: string | undefined;
  const commentMarkdown = () =>
    (commentBody ??= redact(renderMarkdown(envelopes, { ...baseOptions, reportUrl, flavor: "comment" })));

  if (options.comment !== false) {
    if (!pullRequest || !ctx.repository) {
      logger.info("not a pull request: no PR comment (the job summary holds the report)");
    } else if (!octokit) {
      logger.warn("no GitHub token: no PR comment (set the github-token input)");
    } else {
      const markdown = commentMarkdown();
      try {
        const posted = await upsertStickyComment(octokit, {
          ...ctx.repository,
          issueNumber: pullRequest,
          key: options.commentKey || defaultCommentKey(ctx),
          body: markdown,
          reportUrl,
        });
        if (posted.truncated) {
          logger.warn("the report was cut to fit GitHub's comment limit; the full report is in the artifact");
        }
        result.commentUrl = posted.url;
        logger.info(`PR comment ${posted.action}: ${posted.url}`);
      } catch (e) {
        if (!isPermissionDenied(e)) throw asRuntimeFailure("could not post the PR comment", e);
        logger.warn(
          `could not comment on the pull request: ${permissionDeniedHelp("pull-requests: write", ctx.pullRequest?.isFork ?? false)}`,
        );
      }
    }
  }

  if (options.check && ctx.repository && octokit) {
    try {
      const checkRun = await publishCheckRun(octokit, {
        ...ctx.repository,
        headSha: ctx.pullRequest?.headSha ?? ctx.sha ?? "",
        name: options.checkName || "mlops gates",
        conclusion: status === "pass" ? "success" : status === "warn" ? "neutral" : "failure",
        title: verdictTitle(status, envelopes),
        summary: commentMarkdown(),
        annotations: annotationsOf(envelopes),
      });
      result.checkUrl = checkRun.url;
    } catch (e) {
      if (!isPermissionDenied(e)) throw asRuntimeFailure("could not create the check run", e);
      logger.warn(
        `could not create a check run: ${permissionDeniedHelp("checks: write", ctx.pullRequest?.isFork ?? false)}`,
      );
    }
  }

  if (options.summary !== false) {
    const written = await appendJobSummary(
      redact(renderMarkdown(envelopes, { ...baseOptions, reportUrl, flavor: "summary" })),
      { file: env.GITHUB_STEP_SUMMARY, reportUrl },
    );
    if (written.truncated)
      logger.warn("the job summary was cut to its 1 MiB limit; the full report is in the artifact");
  }

  return result;
}

/** An errored evaluation standing for a results file that could not be read, named by its path. */
function unreadable(problem: ConfigError, cwd: string, now: Date): Envelope {
  const file = relativeLocation(problem, cwd)?.file ?? "results file";
  return errorEnvelope(problem, {
    draft: undefined,
    kind: "results-file",
    subject: { type: "file", name: file },
    startedAt: now,
    endedAt: now,
    lineage: {},
    cwd,
  });
}

function verdictTitle(status: Status, envelopes: readonly Envelope[]): string {
  const n = envelopes.length;
  switch (status) {
    case "pass":
      return `All gates passed (${n} evaluation${n === 1 ? "" : "s"})`;
    case "warn":
      return "Passed with warnings";
    case "fail":
      return "Required gates failed";
    case "error":
      return "Evaluation error";
  }
}

function failureMessage(status: Status, envelopes: readonly Envelope[]): string {
  const blocking = envelopes.flatMap((e) =>
    e.checks
      .filter(
        (c) => c.status !== "pass" && c.status !== "skipped" && (c.severity === "fail" || status === "warn"),
      )
      .map(
        (c) =>
          `${e.title ?? `${e.kind} ${e.subject.name}`}: ${c.title} (${c.status === "inconclusive" ? "insufficient data" : c.status})`,
      ),
  );
  const errored = envelopes
    .filter((e) => e.status === "error")
    .map((e) => `${e.kind} ${e.subject.name}: ${e.error?.message ?? "error"}`);
  const lines = [...errored, ...blocking];
  const head =
    status === "error"
      ? "an evaluation errored"
      : status === "fail"
        ? "required gates failed"
        : "gates warned";
  return lines.length > 0
    ? `${head}:\n- ${lines.slice(0, 20).join("\n- ")}${lines.length > 20 ? `\n- … ${lines.length - 20} more` : ""}`
    : head;
}

function annotationsOf(envelopes: readonly Envelope[]) {
  return envelopes.flatMap((e) =>
    e.checks
      .filter((c) => c.location && c.status !== "pass" && c.status !== "skipped")
      .map((c) => ({
        path: c.location!.file,
        start_line: c.location!.line ?? 1,
        end_line: c.location!.line ?? 1,
        annotation_level: (c.severity === "fail" ? "failure" : "warning") as "failure" | "warning",
        title: c.title,
        message: c.message ?? `${c.title}: ${c.status}`,
      })),
  );
}

function commonRoot(files: readonly string[]): string {
  const parts = files.map((f) => path.dirname(path.resolve(f)).split(path.sep));
  const first = parts[0] ?? [];
  let n = first.length;
  for (const p of parts) {
    let i = 0;
    while (i < n && p[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(path.sep) || path.sep;
}

function asRuntimeFailure(what: string, e: unknown): RuntimeFailure {
  const status = (e as { status?: number }).status;
  return new RuntimeFailure(
    `${what}: ${redact((e as Error).message ?? String(e))}${status ? ` (HTTP ${status})` : ""}`,
    {
      hint: "GitHub may be unavailable; rerun the job. The report files are still written locally.",
    },
  );
}

/**
 * In a workflow the results folder is what a pull request's job uploaded, symlinks included: a file
 * that leads outside the workspace is named, never opened or quoted.
 */
async function outsideResultsFile(file: string): Promise<ConfigError | undefined> {
  const real = outsideWorkspace(file);
  if (real === undefined) return undefined;
  return new ConfigError(`results file leads outside the workspace, to ${real}; it was not read`, {
    location: { file },
    hint: "list the folder in allow-paths if the workflow means to report on it",
  });
}
