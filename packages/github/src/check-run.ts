import { toGitHubApiError } from "./api-error.ts";
import type { GitHubClient } from "./octokit.ts";
import { truncateMarkdown } from "./truncate-markdown.ts";

/** GitHub accepts at most this many annotations per create or update request. */
const ANNOTATIONS_PER_REQUEST = 50;
/**
 * Maximum size of a check run's `output.summary` and `output.text`: GitHub checks 65,535 characters and
 * then 65,535 UTF-8 bytes, so the byte count is the one that binds.
 */
const OUTPUT_LIMIT_BYTES = 65_535;

export type CheckConclusion =
  | "success"
  | "failure"
  | "neutral"
  | "cancelled"
  | "skipped"
  | "timed_out"
  | "action_required";

export interface CheckAnnotation {
  /** Repository-relative path with forward slashes. */
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
}

export interface CheckRunOptions {
  owner: string;
  repo: string;
  headSha: string;
  name: string;
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  text?: string;
  annotations: CheckAnnotation[];
}

/**
 * Publishes a completed check run. GitHub takes 50 annotations per request, so the run is created with
 * the first 50 and updated with the rest, 50 at a time (updates append annotations).
 */
export async function publishCheckRun(
  octokit: GitHubClient,
  options: CheckRunOptions,
): Promise<{ id: number; url: string }> {
  const { owner, repo } = options;
  const output = {
    title: options.title,
    summary: fit(options.summary),
    ...(options.text === undefined ? {} : { text: fit(options.text) }),
  };
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < options.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(options.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  const [first = [], ...rest] = batches;

  try {
    const { data } = await octokit.rest.checks.create({
      owner,
      repo,
      name: options.name,
      head_sha: options.headSha,
      status: "completed",
      conclusion: options.conclusion,
      output: { ...output, annotations: first },
    });
    for (const annotations of rest) {
      await octokit.rest.checks.update({
        owner,
        repo,
        check_run_id: data.id,
        output: { ...output, annotations },
      });
    }
    return { id: data.id, url: data.html_url ?? data.url };
  } catch (error) {
    throw toGitHubApiError(error, `Publishing check run "${options.name}"`, "checks: write");
  }
}

function fit(markdown: string): string {
  return truncateMarkdown(markdown, {
    limit: OUTPUT_LIMIT_BYTES,
    measure: (text) => Buffer.byteLength(text, "utf8"),
    limitName: "GitHub's check run limit",
    fullReport: "The full report is in this run's job summary and in its report artifact.",
  }).body;
}
