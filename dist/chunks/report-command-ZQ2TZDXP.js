import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  overallStatus,
  renderHtml,
  renderMarkdown
} from "./chunk-E2FZLERX.js";
import "./chunk-Y4GNVVGN.js";
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
  upsertStickyComment
} from "./chunk-5GHFU55H.js";
import "./chunk-4IFPBSRH.js";
import {
  errorEnvelope,
  relativeLocation
} from "./chunk-CNVH75I3.js";
import {
  DEFAULT_RESULTS_DIR,
  collectEnvelopes,
  worstStatus
} from "./chunk-XSUZOP4V.js";
import {
  redact
} from "./chunk-PYTCQQ7B.js";
import {
  outsideWorkspace
} from "./chunk-FJY5M3V4.js";
import "./chunk-33725BPV.js";
import {
  ConfigError,
  RuntimeFailure,
  formatError
} from "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";

// packages/commands/src/report/report-command.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
async function runReport(options, io) {
  const { logger } = io;
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  const ctx = readRunContext(env);
  const resultsPattern = options.results || DEFAULT_RESULTS_DIR;
  const reportDir = path.resolve(cwd, options.reportDir || ".mlops/report");
  const ifNoResults = options.ifNoResults ?? "error";
  const now = io.now?.() ?? /* @__PURE__ */ new Date();
  const { envelopes, files } = await logger.group("Read results", async () => {
    const found = await collectEnvelopes(resultsPattern, {
      cwd,
      refuse: outsideResultsFile
    });
    logger.info(`${found.files.length} result file(s) from ${resultsPattern}`);
    for (const problem of found.problems) {
      const location = relativeLocation(problem, cwd);
      logger.error(formatError(new ConfigError(problem.message, { location, hint: problem.hint })), location);
    }
    return {
      files: found.files,
      envelopes: [...found.envelopes, ...found.problems.map((problem) => unreadable(problem, cwd, now))]
    };
  });
  let status = overallStatus(envelopes);
  let noResults;
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
    generatedAt: now.toISOString()
  };
  await mkdir(reportDir, { recursive: true });
  const reportPath = path.join(reportDir, "report.html");
  const markdownPath = path.join(reportDir, "report.md");
  await writeFile(reportPath, redact(renderHtml(envelopes, baseOptions)));
  await writeFile(markdownPath, redact(renderMarkdown(envelopes, { ...baseOptions, flavor: "summary" })));
  logger.info(`report written to ${path.relative(cwd, reportPath) || reportPath}`);
  const result = {
    status,
    envelopes: envelopes.length,
    reportPath,
    markdownPath,
    reasons: noResults && ifNoResults === "error" ? [`${noResults} (set if-no-results to warn or ignore to allow this)`] : [failureMessage(status, envelopes)]
  };
  if (options.artifact !== false && env.ACTIONS_RUNTIME_TOKEN) {
    await logger.group("Upload report artifact", async () => {
      try {
        const uploaded = await uploadReportArtifact({
          name: options.artifactName || "mlops-report",
          files: [reportPath, markdownPath, ...files],
          rootDirectory: commonRoot([reportPath, markdownPath, ...files]),
          env
        });
        result.artifactUrl = uploaded.url;
        logger.info(`artifact ${uploaded.id} (${uploaded.size} bytes, ${uploaded.digest})`);
      } catch (e) {
        logger.warn(`could not upload the report artifact: ${redact(e.message)}`);
      }
    });
  }
  const reportUrl = result.artifactUrl ?? ctx.runUrl;
  const token = options.token ?? "";
  let pullRequest = options.pullRequest ?? ctx.pullRequest?.number;
  const findPullRequest = pullRequest === void 0 && options.comment !== false && ctx.workflowRun?.event === "pull_request";
  const wantsComment = options.comment !== false && (pullRequest !== void 0 || findPullRequest);
  const octokit = token && ctx.repository && (wantsComment || options.check) ? await createOctokit(token, { baseUrl: ctx.apiUrl, onWarning: (m) => logger.warn(m) }) : void 0;
  if (findPullRequest && octokit && ctx.repository && ctx.workflowRun) {
    pullRequest = await pullRequestOfRun(octokit, ctx.repository, ctx.workflowRun);
    logger.info(
      pullRequest === void 0 ? `no open pull request has ${ctx.workflowRun.headBranch} at ${ctx.workflowRun.headSha.slice(0, 7)}: no PR comment` : `the triggering run tested pull request #${pullRequest}`
    );
  }
  let commentBody;
  const commentMarkdown = () => commentBody ??= redact(renderMarkdown(envelopes, { ...baseOptions, reportUrl, flavor: "comment" }));
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
          reportUrl
        });
        if (posted.truncated) {
          logger.warn("the report was cut to fit GitHub's comment limit; the full report is in the artifact");
        }
        result.commentUrl = posted.url;
        logger.info(`PR comment ${posted.action}: ${posted.url}`);
      } catch (e) {
        if (!isPermissionDenied(e)) throw asRuntimeFailure("could not post the PR comment", e);
        logger.warn(
          `could not comment on the pull request: ${permissionDeniedHelp("pull-requests: write", ctx.pullRequest?.isFork ?? false)}`
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
        annotations: annotationsOf(envelopes)
      });
      result.checkUrl = checkRun.url;
    } catch (e) {
      if (!isPermissionDenied(e)) throw asRuntimeFailure("could not create the check run", e);
      logger.warn(
        `could not create a check run: ${permissionDeniedHelp("checks: write", ctx.pullRequest?.isFork ?? false)}`
      );
    }
  }
  if (options.summary !== false) {
    const written = await appendJobSummary(
      redact(renderMarkdown(envelopes, { ...baseOptions, reportUrl, flavor: "summary" })),
      { file: env.GITHUB_STEP_SUMMARY, reportUrl }
    );
    if (written.truncated)
      logger.warn("the job summary was cut to its 1 MiB limit; the full report is in the artifact");
  }
  return result;
}
function unreadable(problem, cwd, now) {
  const file = relativeLocation(problem, cwd)?.file ?? "results file";
  return errorEnvelope(problem, {
    draft: void 0,
    kind: "results-file",
    subject: { type: "file", name: file },
    startedAt: now,
    endedAt: now,
    lineage: {},
    cwd
  });
}
function verdictTitle(status, envelopes) {
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
function failureMessage(status, envelopes) {
  const blocking = envelopes.flatMap(
    (e) => e.checks.filter(
      (c) => c.status !== "pass" && c.status !== "skipped" && (c.severity === "fail" || status === "warn")
    ).map(
      (c) => `${e.title ?? `${e.kind} ${e.subject.name}`}: ${c.title} (${c.status === "inconclusive" ? "insufficient data" : c.status})`
    )
  );
  const errored = envelopes.filter((e) => e.status === "error").map((e) => `${e.kind} ${e.subject.name}: ${e.error?.message ?? "error"}`);
  const lines = [...errored, ...blocking];
  const head = status === "error" ? "an evaluation errored" : status === "fail" ? "required gates failed" : "gates warned";
  return lines.length > 0 ? `${head}:
- ${lines.slice(0, 20).join("\n- ")}${lines.length > 20 ? `
- … ${lines.length - 20} more` : ""}` : head;
}
function annotationsOf(envelopes) {
  return envelopes.flatMap(
    (e) => e.checks.filter((c) => c.location && c.status !== "pass" && c.status !== "skipped").map((c) => ({
      path: c.location.file,
      start_line: c.location.line ?? 1,
      end_line: c.location.line ?? 1,
      annotation_level: c.severity === "fail" ? "failure" : "warning",
      title: c.title,
      message: c.message ?? `${c.title}: ${c.status}`
    }))
  );
}
function commonRoot(files) {
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
function asRuntimeFailure(what, e) {
  const status = e.status;
  return new RuntimeFailure(
    `${what}: ${redact(e.message ?? String(e))}${status ? ` (HTTP ${status})` : ""}`,
    {
      hint: "GitHub may be unavailable; rerun the job. The report files are still written locally."
    }
  );
}
async function outsideResultsFile(file) {
  const real = outsideWorkspace(file);
  if (real === void 0) return void 0;
  return new ConfigError(`results file leads outside the workspace, to ${real}; it was not read`, {
    location: { file },
    hint: "list the folder in allow-paths if the workflow means to report on it"
  });
}
export {
  runReport
};
