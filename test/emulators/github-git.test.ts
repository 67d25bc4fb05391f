import { createHash } from "node:crypto";
import { getOctokit } from "@actions/github";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubEmulator, startGitHubEmulator } from "./github-api.ts";

let emu: GitHubEmulator;
const REPO = { owner: "org", repo: "repo" };
const bot = () => getOctokit("ghs_bot", { baseUrl: emu.url });
const b64 = (text: string) => Buffer.from(text).toString("base64");

beforeAll(async () => {
  emu = await startGitHubEmulator();
  emu.addRepo("org/repo");
  emu.addToken("ghs_bot", { login: "github-actions[bot]" });
});
afterAll(() => emu.close());

describe("contents", () => {
  it("creates a file with git's blob sha and serves it base64-encoded", async () => {
    const client = bot();
    const { status, data } = await client.rest.repos.createOrUpdateFileContents({
      ...REPO,
      path: "registry/churn.json",
      message: "Register churn",
      content: b64("hello\n"),
    });
    expect(status).toBe(201);
    // `printf 'hello\n' | git hash-object --stdin`
    expect(data.content?.sha).toBe("ce013625030ba8dba906f756967f9e9ca394464a");
    expect(emu.ref("org/repo", "heads/main")).toBe(data.commit.sha);

    const { data: file } = await client.rest.repos.getContent({ ...REPO, path: "registry/churn.json" });
    expect(file).toMatchObject({ type: "file", encoding: "base64", path: "registry/churn.json", size: 6 });
    expect(Buffer.from((file as { content: string }).content, "base64").toString()).toBe("hello\n");
    const { data: dir } = await client.rest.repos.getContent({ ...REPO, path: "registry" });
    expect(dir).toMatchObject([{ name: "churn.json", type: "file" }]);
    await expect(client.rest.repos.getContent({ ...REPO, path: "missing.txt" })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("requires the current sha to update: 422 without it, 409 when it is stale", async () => {
    const client = bot();
    const path = "registry/model.json";
    const first = await client.rest.repos.createOrUpdateFileContents({
      ...REPO,
      path,
      message: "v1",
      content: b64("1"),
    });
    const staleSha = first.data.content!.sha!;

    await expect(
      client.rest.repos.createOrUpdateFileContents({ ...REPO, path, message: "v2", content: b64("2") }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining(`"sha" wasn't supplied.`) });
    const second = await client.rest.repos.createOrUpdateFileContents({
      ...REPO,
      path,
      message: "v2",
      content: b64("2"),
      sha: staleSha,
    });
    expect(second.status).toBe(200);
    expect(second.data.commit.parents?.[0]?.sha).toBe(first.data.commit.sha);

    await expect(
      client.rest.repos.createOrUpdateFileContents({
        ...REPO,
        path,
        message: "v3",
        content: b64("3"),
        sha: staleSha,
      }),
    ).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining(`${path} does not match ${staleSha}`),
    });
    expect(emu.file("org/repo", path)?.content.toString()).toBe("2");
    expect(emu.file("org/repo", path, first.data.commit.sha)?.content.toString()).toBe("1");
  });

  it("reads a file at a ref and deletes it with its sha", async () => {
    const client = bot();
    await client.rest.git.createRef({
      ...REPO,
      ref: "refs/heads/registry",
      sha: emu.ref("org/repo", "heads/main")!,
    });
    const put = await client.rest.repos.createOrUpdateFileContents({
      ...REPO,
      path: "only-on-branch.txt",
      message: "branch file",
      content: b64("b"),
      branch: "registry",
    });
    await expect(client.rest.repos.getContent({ ...REPO, path: "only-on-branch.txt" })).rejects.toMatchObject(
      {
        status: 404,
      },
    );
    const { data } = await client.rest.repos.getContent({
      ...REPO,
      path: "only-on-branch.txt",
      ref: "registry",
    });
    expect(data).toMatchObject({ sha: put.data.content!.sha });

    const removed = await client.rest.repos.deleteFile({
      ...REPO,
      path: "only-on-branch.txt",
      message: "remove",
      sha: put.data.content!.sha!,
      branch: "registry",
    });
    expect(removed.data.content).toBeNull();
    expect(emu.file("org/repo", "only-on-branch.txt", "registry")).toBeUndefined();
  });

  it("serves a file over 1 MB with empty content and encoding none, in full as raw or as a blob", async () => {
    const client = bot();
    const big = `${"x".repeat(1024 * 1024)}end\n`;
    emu.seedFiles("org/repo", { "big/log.jsonl": big });
    const { data } = await client.rest.repos.getContent({ ...REPO, path: "big/log.jsonl" });
    expect(data).toMatchObject({ type: "file", size: big.length, content: "", encoding: "none" });
    const raw = await client.rest.repos.getContent({
      ...REPO,
      path: "big/log.jsonl",
      mediaType: { format: "raw" },
    });
    expect(Buffer.from(raw.data as unknown as ArrayBuffer).toString()).toBe(big);
    const { data: blob } = await client.rest.git.getBlob({
      ...REPO,
      file_sha: (data as { sha: string }).sha,
    });
    expect(blob).toMatchObject({ size: big.length, encoding: "base64" });
    expect(Buffer.from(blob.content, "base64").toString()).toBe(big);
    await expect(client.rest.git.getBlob({ ...REPO, file_sha: "0".repeat(40) })).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe("git refs and tags", () => {
  it("creates, reads, lists, fast-forwards, force-moves and deletes refs", async () => {
    const client = bot();
    const base = emu.ref("org/repo", "heads/main")!;
    const { data: created } = await client.rest.git.createRef({
      ...REPO,
      ref: "refs/heads/promote",
      sha: base,
    });
    expect(created).toMatchObject({ ref: "refs/heads/promote", object: { type: "commit", sha: base } });
    await expect(
      client.rest.git.createRef({ ...REPO, ref: "refs/heads/promote", sha: base }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("Reference already exists"),
    });
    await expect(
      client.rest.git.createRef({ ...REPO, ref: "refs/heads/ghost", sha: "f".repeat(40) }),
    ).rejects.toMatchObject({ status: 422 });

    const change = await client.rest.repos.createOrUpdateFileContents({
      ...REPO,
      path: "promote.txt",
      message: "advance",
      content: b64("p"),
      branch: "promote",
    });
    const ahead = change.data.commit.sha!;
    expect(emu.ref("org/repo", "heads/promote")).toBe(ahead);

    // Moving back is not a fast-forward; the forward move is.
    await expect(
      client.rest.git.updateRef({ ...REPO, ref: "heads/promote", sha: base }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("Update is not a fast forward"),
    });
    await client.rest.git.updateRef({ ...REPO, ref: "heads/promote", sha: base, force: true });
    await client.rest.git.updateRef({ ...REPO, ref: "heads/promote", sha: ahead });
    const { data: read } = await client.rest.git.getRef({ ...REPO, ref: "heads/promote" });
    expect(read.object.sha).toBe(ahead);

    const { data: matching } = await client.rest.git.listMatchingRefs({ ...REPO, ref: "heads/pro" });
    expect(matching.map((r) => r.ref)).toEqual(["refs/heads/promote"]);

    expect((await client.rest.git.deleteRef({ ...REPO, ref: "heads/promote" })).status).toBe(204);
    await expect(client.rest.git.getRef({ ...REPO, ref: "heads/promote" })).rejects.toMatchObject({
      status: 404,
    });
    await expect(client.rest.git.deleteRef({ ...REPO, ref: "heads/promote" })).rejects.toMatchObject({
      status: 422,
    });
  });

  it("creates an annotated tag object and a ref to it, and resolves contents through it", async () => {
    const client = bot();
    await client.rest.repos.createOrUpdateFileContents({
      ...REPO,
      path: "VERSION",
      message: "1.0.0",
      content: b64("1.0.0"),
    });
    const head = emu.ref("org/repo", "heads/main")!;
    const { data: tag } = await client.rest.git.createTag({
      ...REPO,
      tag: "v1.0.0",
      message: "Release 1.0.0",
      object: head,
      type: "commit",
    });
    expect(tag).toMatchObject({
      tag: "v1.0.0",
      object: { sha: head, type: "commit" },
      tagger: { name: "github-actions[bot]" },
    });
    const { data: ref } = await client.rest.git.createRef({ ...REPO, ref: "refs/tags/v1.0.0", sha: tag.sha });
    expect(ref.object).toMatchObject({ type: "tag", sha: tag.sha });
    expect(emu.ref("org/repo", "tags/v1.0.0")).toBe(tag.sha);
    expect((await client.rest.git.getTag({ ...REPO, tag_sha: tag.sha })).data.message).toBe("Release 1.0.0");
    expect(emu.file("org/repo", "VERSION", "v1.0.0")?.content.toString()).toBe("1.0.0");
    const { data: commit } = await client.rest.git.getCommit({ ...REPO, commit_sha: head });
    expect(commit).toMatchObject({ sha: head, message: "1.0.0" });
  });
});

describe("git data: blobs, trees, commits", () => {
  it("builds a commit from a blob and inline content on a base tree, and moves the branch only forward", async () => {
    const client = bot();
    await client.rest.repos.createOrUpdateFileContents({
      ...REPO,
      path: "data/keep.txt",
      message: "seed",
      content: b64("keep\n"),
    });
    const head = emu.ref("org/repo", "heads/main")!;
    const { data: base } = await client.rest.git.getCommit({ ...REPO, commit_sha: head });
    const { data: blob } = await client.rest.git.createBlob({
      ...REPO,
      content: b64("bytes"),
      encoding: "base64",
    });
    expect(blob.sha).toBe(createHash("sha1").update("blob 5\0bytes").digest("hex"));
    const { data: tree } = await client.rest.git.createTree({
      ...REPO,
      base_tree: base.tree.sha,
      tree: [
        { path: "data/new.bin", mode: "100644", type: "blob", sha: blob.sha },
        { path: "data/note.txt", mode: "100644", type: "blob", content: "note\n" },
      ],
    });
    const { data: listed } = await client.rest.git.getTree({ ...REPO, tree_sha: tree.sha, recursive: "1" });
    expect(listed.tree.map((e) => e.path)).toEqual(
      expect.arrayContaining(["data", "data/keep.txt", "data/new.bin", "data/note.txt"]),
    );
    const { data: commit } = await client.rest.git.createCommit({
      ...REPO,
      message: "two files\n\nPromotion-Id: abc",
      tree: tree.sha,
      parents: [head],
    });
    // A second commit on the same parent, as a writer that lost the race would make.
    const { data: rival } = await client.rest.git.createCommit({
      ...REPO,
      message: "rival",
      tree: base.tree.sha,
      parents: [head],
    });
    await client.rest.git.updateRef({ ...REPO, ref: "heads/main", sha: commit.sha, force: false });
    await expect(
      client.rest.git.updateRef({ ...REPO, ref: "heads/main", sha: rival.sha, force: false }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("Update is not a fast forward"),
    });
    expect(emu.file("org/repo", "data/new.bin")?.content.toString()).toBe("bytes");
    expect(emu.file("org/repo", "data/keep.txt")?.content.toString()).toBe("keep\n");
  });

  it("deletes with sha null, refuses to delete a missing path, and an unchanged tree keeps its sha", async () => {
    const client = bot();
    const head = emu.ref("org/repo", "heads/main")!;
    const { data: base } = await client.rest.git.getCommit({ ...REPO, commit_sha: head });
    const { data: removed } = await client.rest.git.createTree({
      ...REPO,
      base_tree: base.tree.sha,
      tree: [{ path: "data/note.txt", mode: "100644", type: "blob", sha: null }],
    });
    const { data: listed } = await client.rest.git.getTree({
      ...REPO,
      tree_sha: removed.sha,
      recursive: "1",
    });
    expect(listed.tree.map((e) => e.path)).not.toContain("data/note.txt");
    await expect(
      client.rest.git.createTree({
        ...REPO,
        base_tree: base.tree.sha,
        tree: [{ path: "data/never.txt", mode: "100644", type: "blob", sha: null }],
      }),
    ).rejects.toMatchObject({ status: 422 });
    const { data: same } = await client.rest.git.createTree({
      ...REPO,
      base_tree: base.tree.sha,
      tree: [{ path: "data/keep.txt", mode: "100644", type: "blob", content: "keep\n" }],
    });
    expect(same.sha).toBe(base.tree.sha);
  });

  it("applies a write whose answer an afterHandling fault replaces", async () => {
    const client = bot();
    emu.faults.add({
      method: "PUT",
      path: /\/contents\/lost\.txt$/,
      status: 502,
      afterHandling: true,
      times: 1,
    });
    const put = () =>
      getOctokit("ghs_bot", {
        baseUrl: emu.url,
        request: { retries: 0 },
      }).rest.repos.createOrUpdateFileContents({
        ...REPO,
        path: "lost.txt",
        message: "lost answer",
        content: b64("landed"),
      });
    await expect(put()).rejects.toMatchObject({ status: 502 });
    expect(emu.file("org/repo", "lost.txt")?.content.toString()).toBe("landed");
    await client.rest.repos.getContent({ ...REPO, path: "lost.txt" });
  });
});
