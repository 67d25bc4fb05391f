import { toGitHubApiError } from "./api-error.ts";
import type { GitHubClient } from "./octokit.ts";

/**
 * Creates an annotated tag (a tag object and its ref) on a commit; GTO reads only annotated tags. An
 * existing tag of that name is left as it is and reported as not created.
 */
export async function createAnnotatedTag(
  octokit: GitHubClient,
  options: { owner: string; repo: string; tag: string; sha: string; message: string },
): Promise<{ created: boolean }> {
  const { owner, repo, tag } = options;
  let tagSha: string;
  try {
    const { data } = await octokit.rest.git.createTag({
      owner,
      repo,
      tag,
      message: options.message,
      object: options.sha,
      type: "commit",
    });
    tagSha = data.sha;
  } catch (error) {
    // A 422 here means the commit does not exist: an error, not a tag that is already there.
    throw toGitHubApiError(error, `Creating tag ${tag} on ${options.sha}`, "contents: write");
  }
  try {
    await octokit.rest.git.createRef({ owner, repo, ref: `refs/tags/${tag}`, sha: tagSha });
    return { created: true };
  } catch (error) {
    if ((error as { status?: number }).status === 422) return { created: false };
    throw toGitHubApiError(error, `Creating tag ${tag}`, "contents: write");
  }
}

/** Tag names under refs/tags/ that start with `prefix`. */
export async function listTags(
  octokit: GitHubClient,
  options: { owner: string; repo: string; prefix: string },
): Promise<string[]> {
  try {
    const { data } = await octokit.rest.git.listMatchingRefs({
      owner: options.owner,
      repo: options.repo,
      ref: `tags/${options.prefix}`,
    });
    return data.map((r) => r.ref.replace(/^refs\/tags\//, ""));
  } catch (error) {
    throw toGitHubApiError(error, `Listing tags ${options.prefix}*`, "contents: read");
  }
}

/**
 * The annotated tags starting with `prefix` whose message contains `text` (e.g. the id of the
 * promotion that made them): how a rerun finds the tags its earlier run already pushed. Reads every
 * matching tag object, so it is for the rare rerun, not for every run.
 */
export async function tagsWithMessage(
  octokit: GitHubClient,
  options: { owner: string; repo: string; prefix: string; text: string },
): Promise<string[]> {
  const { owner, repo } = options;
  try {
    const { data } = await octokit.rest.git.listMatchingRefs({ owner, repo, ref: `tags/${options.prefix}` });
    const found: string[] = [];
    for (const ref of data) {
      if (ref.object.type !== "tag") continue;
      const tag = await octokit.rest.git.getTag({ owner, repo, tag_sha: ref.object.sha });
      if (tag.data.message.includes(options.text)) found.push(ref.ref.replace(/^refs\/tags\//, ""));
    }
    return found;
  } catch (error) {
    throw toGitHubApiError(error, `Reading tags ${options.prefix}*`, "contents: read");
  }
}
