import { fileDigest, streamDigest } from "./artifact-digest.ts";
import { localArtifactPath, type Registered, releaseAssetTag } from "./artifact-file.ts";
import type { GitHubTarget } from "./registry-target.ts";

/** What re-hashing a registered artifact found: the registered bytes, other bytes, or no bytes to hash. */
export type ArtifactCheck =
  | { verdict: "verified"; from: string }
  | { verdict: "mismatch"; from: string; actual: `sha256:${string}` }
  | { verdict: "unreachable"; reason: string };

/**
 * Re-hashes the artifact of a registered version and compares it with the recorded digest: the copy on
 * this machine when there is one, else — with a GitHub client — the file on the registry's branch or
 * the release asset, downloaded.
 */
export async function checkArtifact(
  registered: Registered,
  where: { folder: string; github?: GitHubTarget },
): Promise<ArtifactCheck> {
  const local = await localArtifactPath(registered, where.folder);
  const hashed = local
    ? await fileDigest(local).then(
        (d) => ({ from: local, sha256: d.sha256 }),
        (e: NodeJS.ErrnoException) => {
          if (e.code !== "ENOENT") throw e;
          return undefined;
        },
      )
    : undefined;
  const found = hashed ?? (where.github ? await downloadDigest(registered, where.github) : undefined);
  if (!found) {
    const tried = local ? `not at ${local}` : "no copy on this machine";
    return {
      verdict: "unreachable",
      reason: `the bytes of ${registered.artifactUri} cannot be verified: ${tried}${where.github ? ", nor downloadable from the repository" : ", and no GitHub token to download it"}`,
    };
  }
  const actual = `sha256:${found.sha256}` as const;
  return actual === registered.digest
    ? { verdict: "verified", from: found.from }
    : { verdict: "mismatch", from: found.from, actual };
}

/** Hashes the artifact as the repository holds it, if it is one of this repository's files or release assets. */
async function downloadDigest(registered: Registered, github: GitHubTarget) {
  const { openReleaseAsset, openRepositoryFile } = await import("@mlops/github");
  const { owner, repo, octokit } = github;
  const uri = registered.artifactUri;
  const file = repositoryPath(uri, github);
  const bytes =
    file !== undefined
      ? await openRepositoryFile(octokit, { owner, repo, ref: github.branch, path: file })
      : URL.canParse(uri)
        ? await openReleaseAsset(octokit, {
            owner,
            repo,
            tag: releaseAssetTag(registered.model, registered.digest.slice("sha256:".length)),
            url: uri,
          })
        : undefined;
  return bytes && { from: uri, sha256: (await streamDigest(bytes)).sha256 };
}

/** The path in the repository of a URI relative to the registry folder, or of a blob URL on the registry's branch. */
function repositoryPath(uri: string, github: GitHubTarget): string | undefined {
  if (!URL.canParse(uri)) return [github.root, uri].filter(Boolean).join("/");
  const blob = `/${github.owner}/${github.repo}/blob/${github.branch}/`;
  const { pathname } = new URL(uri);
  return pathname.startsWith(blob) ? decodeURIComponent(pathname.slice(blob.length)) : undefined;
}
