import { getOctokit } from "@actions/github";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubEmulator, startGitHubEmulator } from "../../../test/emulators/github-api.ts";
import { githubContentsFiles } from "./contents-files.ts";
import { commitFileChanges } from "./git-transaction.ts";

let gh: GitHubEmulator;
const TOKEN = "ghs_transactiontoken";
let repoCount = 0;

beforeAll(async () => {
  gh = await startGitHubEmulator();
  gh.addToken(TOKEN, { login: "github-actions[bot]" });
});
afterAll(() => gh.close());

// No retries of its own: what the transaction does about a lost answer is what is under test.
const client = () => getOctokit(TOKEN, { baseUrl: gh.url, request: { retries: 0 } });

function freshRepo() {
  const name = `tx${++repoCount}`;
  gh.addRepo(`org/${name}`);
  return { owner: "org", repo: name, branch: "main" };
}

const commitsSince = (repo: string, from: string) => {
  const messages: string[] = [];
  for (let sha = gh.ref(repo, "heads/main"); sha && sha !== from; ) {
    const commit = gh.commit(repo, sha);
    messages.push(commit.message);
    sha = commit.parents[0];
  }
  return messages;
};

describe("commitFileChanges", () => {
  it("lands text, bytes and a deletion as one commit carrying the trailer", async () => {
    const target = freshRepo();
    gh.seedFiles(`org/${target.repo}`, { "reg/old.txt": "old\n" });
    const start = gh.ref(`org/${target.repo}`, "heads/main")!;
    const result = await commitFileChanges(
      client(),
      target,
      { message: "promote", trailers: { "Promotion-Id": "p1" } },
      async () => ({
        changes: [
          { file: "reg/a.yml", content: "a: 1\n" },
          { file: "reg/b.bin", content: new Uint8Array([0, 1, 2, 255]) },
          { file: "reg/old.txt", content: null },
        ],
        value: "done",
      }),
    );
    expect(result).toEqual({ value: "done", committed: true });
    expect(commitsSince(`org/${target.repo}`, start)).toEqual(["promote\n\nPromotion-Id: p1"]);
    expect(gh.file(`org/${target.repo}`, "reg/a.yml")?.content.toString()).toBe("a: 1\n");
    expect([...gh.file(`org/${target.repo}`, "reg/b.bin")!.content]).toEqual([0, 1, 2, 255]);
    expect(gh.file(`org/${target.repo}`, "reg/old.txt")).toBeUndefined();
  });

  it("decides again on the new head when another commit lands first, keeping both", async () => {
    const target = freshRepo();
    const files = githubContentsFiles(client(), { ...target, root: "reg" });
    const seen: (string | undefined)[] = [];
    const result = await files.transact({ message: "count" }, async (base) => {
      const count = Number((await base.read("count.txt"))?.text ?? "0");
      seen.push(String(count));
      // The first attempt is overtaken by a rival write between its read and its ref move.
      if (seen.length === 1) await files.write("count.txt", "10", { expect: null, message: "rival" });
      return { changes: [{ file: "count.txt", content: String(count + 1) }], value: count + 1 };
    });
    expect(seen).toEqual(["0", "10"]);
    expect(result).toEqual({ value: 11, committed: true });
    expect(gh.file(`org/${target.repo}`, "reg/count.txt")?.content.toString()).toBe("11");
  });

  it("reads the branch back when the ref move's answer is lost, and writes nothing twice", async () => {
    for (const fault of [{ status: 502 }, { drop: true }]) {
      const target = freshRepo();
      const start = gh.ref(`org/${target.repo}`, "heads/main")!;
      gh.faults.add({
        method: "PATCH",
        path: `/repos/org/${target.repo}/git/refs/heads/main`,
        afterHandling: true,
        times: 1,
        ...fault,
      });
      const result = await commitFileChanges(client(), target, { message: "once" }, async () => ({
        changes: [{ file: "x.txt", content: "x" }],
        value: 1,
      }));
      expect(result.committed).toBe(true);
      expect(commitsSince(`org/${target.repo}`, start)).toEqual(["once"]);
    }
  });

  it("commits nothing when the plan is empty or every change is already there", async () => {
    const target = freshRepo();
    gh.seedFiles(`org/${target.repo}`, { "same.txt": "same" });
    const start = gh.ref(`org/${target.repo}`, "heads/main")!;
    const empty = await commitFileChanges(client(), target, { message: "none" }, async () => ({
      changes: [],
      value: "empty",
    }));
    const same = await commitFileChanges(client(), target, { message: "same" }, async () => ({
      changes: [{ file: "same.txt", content: "same" }],
      value: "same",
    }));
    expect([empty.committed, same.committed]).toEqual([false, false]);
    expect(gh.ref(`org/${target.repo}`, "heads/main")).toBe(start);
  });
});
