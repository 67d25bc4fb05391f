export { createAnnotatedTag, listTags, tagsWithMessage } from "./annotated-tag.ts";
export { GitHubApiError, toGitHubApiError } from "./api-error.ts";
export { type ByteStream, openReleaseAsset, openRepositoryFile } from "./artifact-download.ts";
export { type ReportArtifact, type ReportArtifactOptions, uploadReportArtifact } from "./artifact-upload.ts";
export {
  type CheckAnnotation,
  type CheckConclusion,
  type CheckRunOptions,
  publishCheckRun,
} from "./check-run.ts";
export { type CommitStatusOptions, cutDescription, setCommitStatus } from "./commit-status.ts";
export { type ContentsFilesOptions, githubContentsFiles } from "./contents-files.ts";
export {
  type PullRequestContext,
  type RepositoryRef,
  type RunContext,
  readRunContext,
  type TriggeringRun,
} from "./context.ts";
export {
  type CreateDeploymentOptions,
  createDeployment,
  type DeploymentState,
  latestSuccessfulDeployment,
  setDeploymentStatus,
} from "./deployment.ts";
export { appendJobSummary, JOB_SUMMARY_LIMIT_BYTES, type JobSummaryResult } from "./job-summary.ts";
export { type CreateOctokitOptions, createOctokit, type GitHubClient } from "./octokit.ts";
export { isPermissionDenied, permissionDeniedHelp } from "./permissions.ts";
export { pullRequestOfRun } from "./pull-request-of-run.ts";
export { putReleaseAsset, type ReleaseAssetOptions, type StoredReleaseAsset } from "./release-asset.ts";
export { type EnvironmentApproval, listRunApprovals } from "./run-approvals.ts";
export {
  ACTIONS_BOT_LOGIN,
  defaultCommentKey,
  STICKY_MARKER_PREFIX,
  type StickyCommentOptions,
  type StickyCommentResult,
  stickyMarker,
  upsertStickyComment,
} from "./sticky-comment.ts";
export { COMMENT_LIMIT, truncateComment } from "./truncate-comment.ts";
export { type TruncateMarkdownOptions, truncateMarkdown } from "./truncate-markdown.ts";
