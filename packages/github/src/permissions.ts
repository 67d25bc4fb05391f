/**
 * True when GitHub refused an operation because of the token's permissions: a 403 "Resource not
 * accessible by …" (a GITHUB_TOKEN without the scope, or the read-only token of a fork pull request), or a
 * 404, which is what GitHub answers when the token may not even see the resource.
 */
export function isPermissionDenied(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("status" in error)) return false;
  const { status } = error as { status: unknown };
  const message = error instanceof Error ? error.message : "";
  return (status === 403 && /resource not accessible/i.test(message)) || status === 404;
}

/**
 * What to do when `isPermissionDenied`. `isFork` says whether the run is for a pull request from a fork,
 * whose token is read-only whatever the workflow asks for; leave it undefined when unknown.
 */
export function permissionDeniedHelp(permission: string, isFork?: boolean): string {
  const grant = `The token lacks \`${permission}\`: grant it in the job's \`permissions:\`.`;
  const twoWorkflows =
    "let the `pull_request` workflow compute the report and upload it as an artifact, and post it from a " +
    "second workflow triggered by `workflow_run` whose job has `pull-requests: write` (it downloads only " +
    "the report data and runs no code from the pull request).";
  if (isFork === true) {
    return (
      `This pull request comes from a fork, so its GITHUB_TOKEN is read-only and cannot get \`${permission}\`. ` +
      `To report on pull requests from forks, ${twoWorkflows}`
    );
  }
  if (isFork === false) return grant;
  return `${grant} Pull requests from forks always get a read-only GITHUB_TOKEN; for them, ${twoWorkflows}`;
}
