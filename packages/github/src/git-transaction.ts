import { RuntimeFailure } from "@mlops/core";
import { toGitHubApiError } from "./api-error.ts";
import type { GitHubClient } from "./octokit.ts";

/** One file of a change, by its path in the repository: its new content, or null to delete it. */
export interface FileChange {
  file: string;
  content: string | Uint8Array | null;
}

export interface TransactionPlan<T> {
  changes: FileChange[];
  value: T;
}

const MAX_ATTEMPTS = 12;

/**
 * Lands a set of file changes on a branch as one commit through the Git Data API: read the head, let
 * `build` decide on the files as of that commit, write one tree on the head's tree and one commit whose
 * parent is the head, then move the branch with `force: false` — the compare-and-swap. A writer that
 * got in first makes the move a non-fast-forward (422): `build` runs again on the new head, after a
 * jittered backoff. When the answer to the move is lost (a 5xx or a dropped connection) the branch is
 * read back: pointing at this commit, it landed; otherwise `build` decides again on what is there — it
 * finds its own earlier write when that is what happened — so nothing is ever applied twice.
 * A tree equal to the head's means every change is there already: nothing is committed.
 */
export async function commitFileChanges<T>(
  octokit: GitHubClient,
  target: { owner: string; repo: string; branch: string },
  request: { message: string; trailers?: Record<string, string> },
  build: (head: string) => Promise<TransactionPlan<T>>,
): Promise<{ value: T; committed: boolean }> {
  const { owner, repo, branch } = target;
  const git = octokit.rest.git;
  const ref = `heads/${branch}`;
  const readHead = async () => (await git.getRef({ owner, repo, ref })).data.object.sha;
  const trailers = Object.entries(request.trailers ?? {}).map(([k, v]) => `${k}: ${v}`);
  const message = trailers.length > 0 ? `${request.message}\n\n${trailers.join("\n")}` : request.message;
  try {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const head = await readHead();
      const { changes, value } = await build(head);
      if (changes.length === 0) return { value, committed: false };
      const baseTree = (await git.getCommit({ owner, repo, commit_sha: head })).data.tree.sha;
      const tree = await git.createTree({
        owner,
        repo,
        base_tree: baseTree,
        tree: await Promise.all(changes.map((c) => treeEntry(octokit, target, c))),
      });
      if (tree.data.sha === baseTree) return { value, committed: false };
      const commit = await git.createCommit({ owner, repo, message, tree: tree.data.sha, parents: [head] });
      const moved = await git
        .updateRef({ owner, repo, ref, sha: commit.data.sha, force: false })
        .then(() => "moved" as const)
        .catch((error: { status?: number }) => {
          if (error.status === 422 || error.status === 409) return "raced" as const;
          if (error.status === undefined || error.status >= 500) return "unknown" as const;
          throw error;
        });
      if (moved === "moved") return { value, committed: true };
      if (moved === "unknown" && (await readHead()) === commit.data.sha) return { value, committed: true };
      await backoff(attempt);
    }
  } catch (error) {
    throw toGitHubApiError(error, `Committing to ${branch}`, "contents: write");
  }
  throw new RuntimeFailure(
    `could not commit "${request.message}" to ${owner}/${repo}@${branch}: it moved under every one of ${MAX_ATTEMPTS} attempts`,
    { hint: "rerun the job; nothing of this change was written" },
  );
}

async function treeEntry(octokit: GitHubClient, target: { owner: string; repo: string }, change: FileChange) {
  const entry = { path: change.file, mode: "100644" as const, type: "blob" as const };
  if (change.content === null) return { ...entry, sha: null };
  if (typeof change.content === "string") return { ...entry, content: change.content };
  // Bytes go up as a base64 blob: inline tree content is text only.
  const blob = await octokit.rest.git.createBlob({
    ...target,
    content: Buffer.from(change.content).toString("base64"),
    encoding: "base64",
  });
  return { ...entry, sha: blob.data.sha };
}

function backoff(attempt: number): Promise<void> {
  const ms = Math.min(2000, 50 * 2 ** attempt) * (0.5 + Math.random());
  return new Promise((r) => setTimeout(r, ms));
}
