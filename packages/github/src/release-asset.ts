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

const UPLOAD_ATTEMPTS = 3;

type Asset = { id: number; name: string; state: string; size: number; browser_download_url: string };

/**
 * Stores bytes as an asset of the release for `tag`. An asset of the same name is reused when its
 * digest matches and refused when it differs: release assets back registered versions, which are
 * immutable. An asset counts only once GitHub says it is `uploaded` with these bytes' digest: a failed
 * upload can leave an empty `starter` asset (deleted and uploaded again), and an upload whose answer
 * was lost may have landed (the release is read back to tell).
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
    const current = async (): Promise<Asset | undefined> =>
      (
        await octokit.paginate(octokit.rest.repos.listReleaseAssets, { owner, repo, release_id: release.id })
      ).find((a) => a.name === options.name);
    let uploaded = false;
    for (let attempt = 0; ; attempt++) {
      const existing = attempt === 0 ? release.assets.find((a) => a.name === options.name) : await current();
      if (existing?.state === "uploaded") {
        const digest = (existing as { digest?: string | null }).digest;
        if (digest && digest !== `sha256:${sha256}`) {
          throw new Error(`release ${tag} already has an asset ${options.name} with digest ${digest}`);
        }
        // Assets from before GitHub recorded digests: the size is all there is to compare.
        if (!digest && existing.size !== options.data.length) {
          throw new Error(`release ${tag} already has an asset ${options.name} of another size`);
        }
        return { url: existing.browser_download_url, sha256, bytes: existing.size, uploaded };
      }
      if (attempt === UPLOAD_ATTEMPTS) break;
      if (existing) await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: existing.id });
      uploaded = await octokit.rest.repos
        .uploadReleaseAsset({
          owner,
          repo,
          release_id: release.id,
          url: release.upload_url,
          name: options.name,
          data: options.data as unknown as string,
          headers: { "content-type": "application/octet-stream" },
        })
        .then(() => true)
        .catch((error: { status?: number }) => {
          // Lost or refused: whether it landed is read back on the next attempt.
          if (error.status !== undefined && error.status < 500 && error.status !== 422) throw error;
          return true;
        });
    }
    throw new Error(`release ${tag}: ${options.name} is not uploaded after ${UPLOAD_ATTEMPTS} attempts`);
  } catch (error) {
    throw toGitHubApiError(error, `Storing ${options.name} in release ${tag}`, "contents: write");
  }
}
