import { createHash } from "node:crypto";
import { toGitHubApiError } from "./api-error.ts";
import type { GitHubClient } from "./octokit.ts";

export interface ReleaseAssetOptions {
  owner: string;
  repo: string;
  /** The release's tag, created at `target` when the release does not exist yet. */
  tag: string;
  target: string;
  name: string;
  data: Buffer;
  releaseName?: string;
  body?: string;
}

export interface StoredReleaseAsset {
  url: string;
  sha256: string;
  bytes: number;
  /** false when an asset of that name with the same bytes was already there (a rerun). */
  uploaded: boolean;
}

/**
 * Stores bytes as an asset of the release for `tag`. An asset of the same name is reused when its
 * digest matches and refused when it differs: release assets back registered versions, which are
 * immutable.
 */
export async function putReleaseAsset(
  octokit: GitHubClient,
  options: ReleaseAssetOptions,
): Promise<StoredReleaseAsset> {
  const { owner, repo, tag } = options;
  const sha256 = createHash("sha256").update(options.data).digest("hex");
  try {
    const release = await octokit.rest.repos
      .getReleaseByTag({ owner, repo, tag })
      .then((r) => r.data)
      .catch(async (error: { status?: number }) => {
        if (error.status !== 404) throw error;
        const created = await octokit.rest.repos.createRelease({
          owner,
          repo,
          tag_name: tag,
          target_commitish: options.target,
          name: options.releaseName ?? tag,
          ...(options.body === undefined ? {} : { body: options.body }),
        });
        return created.data;
      });
    const existing = release.assets.find((a) => a.name === options.name);
    if (existing) {
      const digest = (existing as { digest?: string | null }).digest;
      if (digest && digest !== `sha256:${sha256}`) {
        throw new Error(`release ${tag} already has an asset ${options.name} with digest ${digest}`);
      }
      return { url: existing.browser_download_url, sha256, bytes: existing.size, uploaded: false };
    }
    const { data: asset } = await octokit.rest.repos.uploadReleaseAsset({
      owner,
      repo,
      release_id: release.id,
      url: release.upload_url,
      name: options.name,
      data: options.data as unknown as string,
      headers: { "content-type": "application/octet-stream" },
    });
    return { url: asset.browser_download_url, sha256, bytes: asset.size, uploaded: true };
  } catch (error) {
    throw toGitHubApiError(error, `Storing ${options.name} in release ${tag}`, "contents: write");
  }
}
