import { toGitHubApiError } from "./api-error.ts";
import { commitFileChanges, type FileChange, type TransactionPlan } from "./git-transaction.ts";
import type { GitHubClient } from "./octokit.ts";

export interface ContentsFilesOptions {
  owner: string;
  repo: string;
  branch: string;
  /** Folder inside the repository that the file names are relative to ("" for the root). */
  root: string;
}

/** Files of one folder read through the contents API as of `ref`: the branch, or one commit of it. */
function contentsReader(octokit: GitHubClient, options: ContentsFilesOptions, ref: string) {
  const { owner, repo } = options;
  const full = repositoryPath(options);
  // A listing stops at 1,000 entries: callers keep their folders under that (the audit log's shards do).
  const entries = async (dir: string, type: "file" | "dir"): Promise<string[]> => {
    try {
      const { data } = await octokit.rest.repos.getContent({ owner, repo, path: full(dir), ref });
      return Array.isArray(data) ? data.filter((e) => e.type === type).map((e) => e.name) : [];
    } catch (error) {
      if ((error as { status?: number }).status === 404) return [];
      throw toGitHubApiError(error, `Listing ${full(dir)}`, "contents: read");
    }
  };
  return {
    describe: (file: string) => `${owner}/${repo}:${full(file)}`,

    async read(file: string): Promise<{ text: string; version: string } | undefined> {
      try {
        const { data } = await octokit.rest.repos.getContent({ owner, repo, path: full(file), ref });
        if (Array.isArray(data) || data.type !== "file" || !("content" in data)) return undefined;
        // Over 1 MB the contents API answers `content: "", encoding: "none"`: reading that as an empty
        // file once wiped an audit log. The blob is fetched by the sha just read, so the text and the
        // version it is compared against belong to the same commit.
        const content =
          data.encoding === "none" || (data.content === "" && data.size > 0)
            ? (await octokit.rest.git.getBlob({ owner, repo, file_sha: data.sha })).data.content
            : data.content;
        return { text: Buffer.from(content, "base64").toString("utf8"), version: data.sha };
      } catch (error) {
        if ((error as { status?: number }).status === 404) return undefined;
        throw toGitHubApiError(error, `Reading ${full(file)}`, "contents: read");
      }
    },

    list: (dir: string) => entries(dir, "file"),
    folders: (dir: string) => entries(dir, "dir"),
  };
}

type ContentsReader = ReturnType<typeof contentsReader>;

const repositoryPath = (options: ContentsFilesOptions) => (file: string) =>
  [options.root.replace(/^\/+|\/+$/g, ""), file].filter(Boolean).join("/");

/**
 * Files of one folder of a branch. A single-file write is a contents-API commit that names the blob
 * sha it replaces (or none, to create): GitHub refuses it when the file changed in between. A
 * transaction is one Git Data API commit for many files, whose ref update is the compare-and-swap
 * (see git-transaction.ts). Shaped like the registry's `RegistryFiles`.
 */
export function githubContentsFiles(octokit: GitHubClient, options: ContentsFilesOptions) {
  const { owner, repo, branch } = options;
  const full = repositoryPath(options);
  return {
    ...contentsReader(octokit, options, branch),

    async write(
      file: string,
      content: string | Uint8Array,
      { expect, message }: { expect: string | null; message: string },
    ): Promise<"written" | "conflict"> {
      try {
        await octokit.rest.repos.createOrUpdateFileContents({
          owner,
          repo,
          branch,
          path: full(file),
          message,
          content: Buffer.from(content).toString("base64"),
          ...(expect === null ? {} : { sha: expect }),
        });
        return "written";
      } catch (error) {
        const status = (error as { status?: number }).status;
        // 409: the sha no longer matches; 422: a file we meant to create appeared meanwhile.
        if (status === 409 || (status === 422 && expect === null)) return "conflict";
        throw toGitHubApiError(error, `Committing ${full(file)}`, "contents: write");
      }
    },

    transact<T>(
      request: { message: string; trailers?: Record<string, string> },
      build: (base: ContentsReader) => Promise<TransactionPlan<T>>,
    ): Promise<{ value: T; committed: boolean }> {
      return commitFileChanges(octokit, { owner, repo, branch }, request, async (head) => {
        const plan = await build(contentsReader(octokit, options, head));
        const changes: FileChange[] = plan.changes.map((c) => ({ ...c, file: full(c.file) }));
        return { changes, value: plan.value };
      });
    },
  };
}
