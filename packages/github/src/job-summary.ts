import { appendFile, stat } from "node:fs/promises";
import { RuntimeFailure } from "@mlops/core";
import { truncateMarkdown } from "./truncate-markdown.ts";

/** The runner refuses a step summary above 1 MiB (and the step's summary is then lost entirely). */
export const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface JobSummaryResult {
  written: boolean;
  truncated: boolean;
  /** UTF-8 bytes appended. */
  bytes: number;
}

/**
 * Appends Markdown to the step summary, cut at section boundaries so that the file, including what earlier
 * writes in this step left there, stays within the runner's limit. Without a summary file (outside GitHub
 * Actions) nothing is written, and that is not an error.
 */
export async function appendJobSummary(
  markdown: string,
  options: {
    /**
     * The step summary file. Defaults to GITHUB_STEP_SUMMARY only when absent: a caller that reads its own
     * injected environment passes `file: env.GITHUB_STEP_SUMMARY`, and its undefined means "no summary",
     * not "the summary of whatever process runs this".
     */
    file?: string | undefined;
    limitBytes?: number;
    reportUrl?: string;
  } = {},
): Promise<JobSummaryResult> {
  const file = "file" in options ? options.file : process.env.GITHUB_STEP_SUMMARY;
  if (!file) return { written: false, truncated: false, bytes: 0 };

  const existing = await stat(file).then(
    (s) => s.size,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return 0;
      throw summaryFailure(file, error);
    },
  );
  const { body, truncated } = truncateMarkdown(markdown.endsWith("\n") ? markdown : `${markdown}\n`, {
    limit: (options.limitBytes ?? JOB_SUMMARY_LIMIT_BYTES) - existing,
    measure: (text) => Buffer.byteLength(text, "utf8"),
    limitName: "GitHub's job summary limit",
    fullReport:
      options.reportUrl === undefined
        ? "The full report is in this run's report artifact."
        : `Full report: ${options.reportUrl}`,
  });
  if (body === "") return { written: false, truncated, bytes: 0 };
  await appendFile(file, body, "utf8").catch((error: Error) => {
    throw summaryFailure(file, error);
  });
  return { written: true, truncated, bytes: Buffer.byteLength(body, "utf8") };
}

function summaryFailure(file: string, error: Error): RuntimeFailure {
  return new RuntimeFailure(`Cannot write the job summary ${file}: ${error.message}`, {
    hint: "GITHUB_STEP_SUMMARY must name a writable file; the runner provides one in every step.",
  });
}
