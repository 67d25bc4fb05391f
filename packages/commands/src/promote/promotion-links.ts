import type { RegistryTarget } from "@mlops/registry";

/** What the registry version and audit records link to: the run, the commit, the pull request, the report. */
export function promotionLinks(
  context: RegistryTarget["context"],
  pullRequest: number | undefined,
  reportUrl: string | undefined,
): Record<string, string> {
  const links: Record<string, string> = {};
  const repo =
    context.repository && `${context.serverUrl}/${context.repository.owner}/${context.repository.repo}`;
  if (context.runUrl) links.run = context.runUrl;
  if (repo && context.sha) links.commit = `${repo}/commit/${context.sha}`;
  if (pullRequest !== undefined && repo) links.pullRequest = `${repo}/pull/${pullRequest}`;
  if (reportUrl) links.report = reportUrl;
  return links;
}
