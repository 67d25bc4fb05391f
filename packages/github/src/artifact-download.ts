import { toGitHubApiError } from "./api-error.ts";
import type { RepositoryRef } from "./context.ts";
import type { GitHubClient } from "./octokit.ts";

/** A download's bytes as they arrive, so that a large artifact is hashed without being held in memory. */
export type ByteStream = AsyncIterable<Uint8Array>;

// Without parsing, octokit hands back the response body as it streams in.
const streamed = { parseSuccessResponseBody: false } as const;

const notFound = (error: unknown) => (error as { status?: number }).status === 404;

/**
 * The bytes of the asset of the release for `tag` whose download URL is `url`. `undefined` when there is
 * no such release or asset, or the asset is not fully uploaded: an upload that failed leaves its asset
 * in state `starter`, and that is not an artifact.
 */
export async function openReleaseAsset(
  octokit: GitHubClient,
  options: RepositoryRef & { tag: string; url: string },
): Promise<ByteStream | undefined> {
  const { owner, repo, tag } = options;
  try {
    const release = await octokit.rest.repos.getReleaseByTag({ owner, repo, tag }).then(
      (r) => r.data,
      (error: unknown) => {
        if (notFound(error)) return undefined;
        throw error;
      },
    );
    const asset = release?.assets.find((a) => a.browser_download_url === options.url);
    if (asset?.state !== "uploaded") return undefined;
    const { data } = await octokit.rest.repos.getReleaseAsset({
      owner,
      repo,
      asset_id: asset.id,
      headers: { accept: "application/octet-stream" },
      request: streamed,
    });
    return data as unknown as ByteStream;
  } catch (error) {
    throw toGitHubApiError(error, `Downloading ${options.url} from release ${tag}`, "contents: read");
  }
}

/** The raw bytes of a file of the repository at `ref`; `undefined` when it is not there. */
export async function openRepositoryFile(
  octokit: GitHubClient,
  options: RepositoryRef & { ref: string; path: string },
): Promise<ByteStream | undefined> {
  const { owner, repo, ref, path } = options;
  try {
    const { data } = await octokit.rest.repos.getContent({
      owner,
      repo,
      ref,
      path,
      // The raw media type serves files up to 100 MB, where the JSON form stops at 1 MB.
      mediaType: { format: "raw" },
      request: streamed,
    });
    return data as unknown as ByteStream;
  } catch (error) {
    if (notFound(error)) return undefined;
    throw toGitHubApiError(error, `Downloading ${owner}/${repo}:${path} at ${ref}`, "contents: read");
  }
}
