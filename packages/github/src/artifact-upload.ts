import { RuntimeFailure } from "@mlops/core";
import { readRunContext } from "./context.ts";
import { redactToken } from "./redact-token.ts";

export interface ReportArtifactOptions {
  /** Artifact name, unique within the workflow run. */
  name: string;
  /** Absolute paths of the files to upload. */
  files: string[];
  /** Paths inside the artifact are relative to this directory. */
  rootDirectory: string;
  /** Days to keep the artifact; the repository's setting when omitted. */
  retentionDays?: number;
  /**
   * The environment the run context (for the artifact's URL) is read from. The artifact client itself
   * always reads ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL from `process.env`.
   */
  env?: NodeJS.ProcessEnv;
}

export interface ReportArtifact {
  id: number;
  /** Bytes of the uploaded zip. */
  size: number;
  /** `sha256:<hex>` of the uploaded zip. */
  digest: string;
  /** The artifact's page, when the run is known. */
  url?: string;
}

/** Uploads report files as one zipped artifact of the current workflow run. */
export async function uploadReportArtifact(options: ReportArtifactOptions): Promise<ReportArtifact> {
  const runtimeToken = process.env.ACTIONS_RUNTIME_TOKEN;
  if (!runtimeToken || !process.env.ACTIONS_RESULTS_URL) {
    throw new RuntimeFailure(`Cannot upload artifact "${options.name}": no artifact service is available.`, {
      hint:
        "Artifacts only work inside a GitHub Actions job, where the runner sets ACTIONS_RUNTIME_TOKEN and " +
        "ACTIONS_RESULTS_URL for JavaScript actions (not for `run:` steps). Outside Actions the report stays " +
        "in the results directory.",
    });
  }
  // Loaded on first use: the artifact client and its Azure storage dependencies are large, and only the
  // actions that upload should carry them in their bundles.
  const { DefaultArtifactClient } = await import("@actions/artifact");

  let uploaded: { id?: number; size?: number; digest?: string };
  try {
    uploaded = await new DefaultArtifactClient().uploadArtifact(
      options.name,
      options.files,
      options.rootDirectory,
      options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays },
    );
  } catch (error) {
    const message = redactToken((error as Error).message ?? String(error), runtimeToken).replace(
      /([?&]sig=)[^&\s]+/g,
      "$1***",
    );
    throw new RuntimeFailure(`Uploading artifact "${options.name}" failed: ${message}`, {
      hint: "Check that the files exist under the root directory and that the name is unique in this run; upload errors from the service are often temporary, so a rerun may pass.",
    });
  }
  const { id, size, digest } = uploaded;
  if (id === undefined || size === undefined || digest === undefined) {
    throw new RuntimeFailure(`Uploading artifact "${options.name}" returned no artifact.`);
  }

  const { runUrl } = readRunContext(options.env);
  const url = runUrl === undefined ? undefined : `${runUrl}/artifacts/${id}`;
  return { id, size, digest: `sha256:${digest}`, ...(url === undefined ? {} : { url }) };
}
