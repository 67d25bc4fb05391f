import { truncateMarkdown } from "./truncate-markdown.ts";

/** GitHub rejects issue and pull request comments longer than this (in UTF-16 code units) with a 422. */
export const COMMENT_LIMIT = 65_536;

/**
 * Fits a rendered report into one PR comment, cutting at section boundaries and saying so in a visible
 * note that links the full report when `reportUrl` is known.
 */
export function truncateComment(
  body: string,
  options: { limit?: number; reportUrl?: string } = {},
): { body: string; truncated: boolean } {
  return truncateMarkdown(body, {
    limit: options.limit ?? COMMENT_LIMIT,
    measure: (text) => text.length,
    limitName: "GitHub's comment limit",
    fullReport:
      options.reportUrl === undefined
        ? "The full report is in this run's job summary and in its report artifact."
        : `Full report: ${options.reportUrl}`,
  });
}
