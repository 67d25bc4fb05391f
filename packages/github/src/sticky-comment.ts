import { toGitHubApiError } from "./api-error.ts";
import type { RunContext } from "./context.ts";
import type { GitHubClient } from "./octokit.ts";
import { COMMENT_LIMIT, truncateComment } from "./truncate-comment.ts";

/** The login GitHub shows for comments made with an installation token such as GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = "github-actions[bot]";

const PERMISSION = "pull-requests: write";

export interface StickyCommentOptions {
  owner: string;
  repo: string;
  issueNumber: number;
  /** Which sticky comment this is; one per key per pull request. See `defaultCommentKey`. */
  key: string;
  body: string;
  /** The token's login, for tokens that cannot read `GET /user` and are not GITHUB_TOKEN (GitHub Apps). */
  authorLogin?: string;
  /** Linked from the note when the body has to be cut to fit a comment. */
  reportUrl?: string;
}

export interface StickyCommentResult {
  action: "created" | "updated" | "unchanged";
  id: number;
  url: string;
  truncated: boolean;
}

/** One sticky comment per workflow and job, so two jobs reporting on one PR do not overwrite each other. */
export function defaultCommentKey(context: Pick<RunContext, "workflow" | "job">): string {
  return `${context.workflow ?? "mlops"}/${context.job ?? "report"}`;
}

/** How every sticky comment's marker starts, whatever its key. */
export const STICKY_MARKER_PREFIX = "<!-- mlops:sticky:";

/** The hidden first line that identifies a sticky comment. */
export function stickyMarker(key: string): string {
  // "--" and ">" could end the HTML comment early, and a line break would move the marker off its line.
  const safe = key.replace(/\s+/g, " ").replace(/[<>]/g, "_").replace(/-{2,}/g, "-").trim();
  return `${STICKY_MARKER_PREFIX}${safe} -->`;
}

interface Comment {
  id: number;
  body?: string | undefined;
  user: { login: string } | null;
  html_url: string;
}

/**
 * Creates or updates the one comment on a pull request (or issue) that carries `key`'s marker and was
 * written by this token's user. A marker pasted by anyone else is ignored, so it cannot redirect updates.
 */
export async function upsertStickyComment(
  octokit: GitHubClient,
  options: StickyCommentOptions,
): Promise<StickyCommentResult> {
  const { owner, repo, issueNumber } = options;
  const marker = stickyMarker(options.key);
  const fitted = truncateComment(options.body, {
    limit: COMMENT_LIMIT - marker.length - 1,
    ...(options.reportUrl === undefined ? {} : { reportUrl: options.reportUrl }),
  });
  const body = `${marker}\n${fitted.body}`;
  const author = (options.authorLogin ?? (await authenticatedLogin(octokit))).toLowerCase();

  const ours = async (): Promise<Comment[]> => {
    const comments = await octokit
      .paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 })
      .catch((error: unknown) => {
        throw toGitHubApiError(error, `Listing the comments of ${owner}/${repo}#${issueNumber}`, PERMISSION);
      });
    return comments
      .filter((c) => c.user?.login.toLowerCase() === author && firstLine(c.body) === marker)
      .sort((a, b) => a.id - b.id);
  };
  const update = async (comment: Comment) => {
    try {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: comment.id, body });
    } catch (error) {
      throw toGitHubApiError(error, `Updating comment ${comment.html_url}`, PERMISSION);
    }
  };
  const result = (action: StickyCommentResult["action"], comment: Comment): StickyCommentResult => ({
    action,
    id: comment.id,
    url: comment.html_url,
    truncated: fitted.truncated,
  });

  const existing = await ours();
  const canonical = existing[0];
  if (canonical) {
    await deleteAll(octokit, owner, repo, existing.slice(1));
    if (canonical.body === body) return result("unchanged", canonical);
    await update(canonical);
    return result("updated", canonical);
  }

  let created: Comment;
  try {
    created = (await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body }))
      .data;
  } catch (error) {
    throw toGitHubApiError(error, `Commenting on ${owner}/${repo}#${issueNumber}`, PERMISSION);
  }

  // Runs that start together all find no comment and all create one. Each then lists again and keeps the
  // lowest id. That converges to a single comment: no run deletes the lowest id (nobody sees a lower one),
  // and every other comment is deleted by its own creator at least, because GitHub's ids grow with
  // creation time, so the creator's second listing, made after its own comment existed, came after every
  // lower-id comment existed too. A run whose comment lost puts its body into the winner; any of the
  // concurrent bodies is a valid final state, since they are reports on the same pull request.
  const after = await ours();
  const winner = after[0] && after[0].id < created.id ? after[0] : created;
  await deleteAll(
    octokit,
    owner,
    repo,
    [...after, created].filter((c) => c.id > winner.id),
  );
  if (winner === created) return result("created", created);
  if (winner.body !== body) await update(winner);
  return result("updated", winner);
}

async function authenticatedLogin(octokit: GitHubClient): Promise<string> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch (error) {
    // Installation tokens (GITHUB_TOKEN among them) may not read /user.
    if ((error as { status?: unknown }).status === 403) return ACTIONS_BOT_LOGIN;
    throw toGitHubApiError(error, "Finding the token's user (GET /user)", PERMISSION);
  }
}

async function deleteAll(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  comments: Comment[],
): Promise<void> {
  const ids = new Set(comments.map((c) => c.id));
  for (const id of ids) {
    try {
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: id });
    } catch (error) {
      // Another run cleaning up the same duplicates got there first.
      if ((error as { status?: unknown }).status === 404) continue;
      throw toGitHubApiError(error, `Deleting duplicate comment ${id}`, PERMISSION);
    }
  }
}

function firstLine(body: string | undefined): string {
  return (body ?? "").split("\n", 1)[0]!.trim();
}
