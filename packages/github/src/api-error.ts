import { isMlopsError, RuntimeFailure } from "@mlops/core";
import { isPermissionDenied, permissionDeniedHelp } from "./permissions.ts";

/**
 * A GitHub API call failed. Carries the HTTP status so callers can tell a permission problem from an
 * outage, and nothing of the request: octokit errors hold the request headers, and so the token.
 */
export class GitHubApiError extends RuntimeFailure {
  readonly status: number;

  constructor(message: string, options: { status: number; hint?: string }) {
    super(message, options.hint === undefined ? {} : { hint: options.hint });
    this.status = options.status;
  }
}

/**
 * Turns whatever a GitHub call threw into an error for humans. `doing` names the operation ("Posting the
 * PR comment"); `permission` is the scope it needs, quoted in the hint when the token lacks it.
 */
export function toGitHubApiError(error: unknown, doing: string, permission: string): Error {
  if (isMlopsError(error)) return error;
  const status =
    typeof error === "object" && error !== null && "status" in error ? Number(error.status) : NaN;
  const said = error instanceof Error ? error.message : String(error);
  if (Number.isNaN(status)) return new RuntimeFailure(`${doing} failed: ${said}`);
  const hint = isPermissionDenied(error)
    ? permissionDeniedHelp(permission)
    : status === 401
      ? "The token is invalid or expired: check the token the workflow passes to this step."
      : status >= 500 || status === 429 || /rate limit/i.test(said)
        ? "GitHub is unavailable or rate-limiting this token; rerun the job later."
        : undefined;
  return new GitHubApiError(
    `${doing} failed: GitHub answered ${status}${said ? ` (${said})` : ""}`,
    hint === undefined ? { status } : { status, hint },
  );
}
