import { getOctokit } from "@actions/github";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubEmulator, startGitHubEmulator } from "./github-api.ts";

let emu: GitHubEmulator;
const REPO = { owner: "org", repo: "repo" };
const SHA = "c".repeat(40);
const bot = () => getOctokit("ghs_bot", { baseUrl: emu.url });
/** Sends parameters the typed client would refuse to build, as a careless caller might. */
const send = (route: string, params: Record<string, unknown>) => bot().request(route, params);

const annotations = (n: number, offset = 0) =>
  Array.from({ length: n }, (_, i) => ({
    path: "src/model.py",
    start_line: offset + i + 1,
    end_line: offset + i + 1,
    annotation_level: "warning" as const,
    message: `issue ${offset + i}`,
  }));

beforeAll(async () => {
  emu = await startGitHubEmulator();
  emu.addRepo("org/repo");
  emu.addToken("ghs_bot", { login: "github-actions[bot]" });
  emu.addToken("ghp_user", { login: "octocat" });
});
afterAll(() => emu.close());

describe("check runs", () => {
  it("takes 50 annotations per request, refuses 51, and appends those of each update", async () => {
    const client = bot();
    const output = (n: number, offset = 0) => ({
      title: "Lint",
      summary: "found issues",
      annotations: annotations(n, offset),
    });
    const { data: run } = await client.rest.checks.create({
      ...REPO,
      name: "mlops",
      head_sha: SHA,
      output: output(50),
    });
    expect(run).toMatchObject({
      name: "mlops",
      head_sha: SHA,
      status: "queued",
      output: { annotations_count: 50 },
    });

    const error = await client.rest.checks
      .update({ ...REPO, check_run_id: run.id, output: output(51) })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 422,
      response: {
        data: { message: "Invalid request.\n\nNo more than 50 items are allowed; 51 were supplied." },
      },
    });

    const { data: updated } = await client.rest.checks.update({
      ...REPO,
      check_run_id: run.id,
      conclusion: "failure",
      output: output(50, 50),
    });
    expect(updated).toMatchObject({
      status: "completed",
      conclusion: "failure",
      output: { annotations_count: 100 },
    });
    expect(updated.completed_at).toBeTruthy();

    const stored = emu.checkRuns("org/repo").find((r) => r["id"] === run.id)!;
    expect(stored["output"].annotations).toHaveLength(100);
    expect(stored["output"].annotations[99].message).toBe("issue 99");
    const listed = await client.paginate(client.rest.checks.listAnnotations, {
      ...REPO,
      check_run_id: run.id,
    });
    expect(listed.map((a) => a.start_line)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  });

  it("limits summary and text to 65,535 characters and to 65,535 UTF-8 bytes", async () => {
    const client = bot();
    const create = (summary: string) =>
      client.rest.checks.create({ ...REPO, name: "size", head_sha: SHA, output: { title: "t", summary } });
    await expect(create("s".repeat(65_535))).resolves.toMatchObject({ status: 201 });
    await expect(create("s".repeat(65_536))).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("Only 65535 characters are allowed; 65536 were supplied."),
    });
    // 30,000 characters but 120,000 bytes: passes the schema, fails the model.
    const error = await create("😀".repeat(30_000)).catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 422,
      response: {
        data: {
          message: "Validation Failed",
          errors: [
            {
              resource: "CheckRun",
              field: "summary",
              message: "summary exceeds a maximum bytesize of 65535",
            },
          ],
        },
      },
    });
  });

  it("requires a GitHub App (bot) token, a title and summary with output, and valid enums", async () => {
    const user = getOctokit("ghp_user", { baseUrl: emu.url });
    await expect(user.rest.checks.create({ ...REPO, name: "x", head_sha: SHA })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining("You must authenticate via a GitHub App."),
    });
    await expect(
      send("POST /repos/{owner}/{repo}/check-runs", {
        ...REPO,
        name: "x",
        head_sha: SHA,
        output: { title: "t" },
      }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining(`"summary" wasn't supplied.`) });
    await expect(
      send("POST /repos/{owner}/{repo}/check-runs", {
        ...REPO,
        name: "x",
        head_sha: SHA,
        conclusion: "passed",
      }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      send("POST /repos/{owner}/{repo}/check-runs", {
        ...REPO,
        name: "x",
        head_sha: SHA,
        status: "completed",
      }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining(`"conclusion" wasn't supplied.`),
    });
  });

  it("reads a run back and lists the runs of a commit", async () => {
    const client = bot();
    const sha = "d".repeat(40);
    const { data: run } = await client.rest.checks.create({
      ...REPO,
      name: "gate",
      head_sha: sha,
      status: "in_progress",
    });
    const { data: read } = await client.rest.checks.get({ ...REPO, check_run_id: run.id });
    expect(read).toMatchObject({ id: run.id, status: "in_progress", app: { slug: "github-actions" } });
    const { data: listed } = await client.rest.checks.listForRef({ ...REPO, ref: sha, check_name: "gate" });
    expect(listed).toMatchObject({ total_count: 1, check_runs: [{ id: run.id }] });
    await expect(client.rest.checks.get({ ...REPO, check_run_id: 1 })).rejects.toMatchObject({ status: 404 });
  });
});

describe("commit statuses", () => {
  it("creates statuses, lists them newest first and combines the latest per context", async () => {
    const client = bot();
    const sha = "e".repeat(40);
    await client.rest.repos.createCommitStatus({ ...REPO, sha, state: "pending", context: "mlops/gate" });
    await client.rest.repos.createCommitStatus({ ...REPO, sha, state: "success", context: "mlops/gate" });
    const { data: ci } = await client.rest.repos.createCommitStatus({
      ...REPO,
      sha,
      state: "failure",
      context: "ci",
      description: "tests failed",
      target_url: "https://ci.example/1",
    });
    expect(ci).toMatchObject({ state: "failure", context: "ci", creator: { login: "github-actions[bot]" } });

    const { data: listed } = await client.rest.repos.listCommitStatusesForRef({ ...REPO, ref: sha });
    expect(listed.map((s) => `${s.context}:${s.state}`)).toEqual([
      "ci:failure",
      "mlops/gate:success",
      "mlops/gate:pending",
    ]);
    const { data: combined } = await client.rest.repos.getCombinedStatusForRef({ ...REPO, ref: sha });
    expect(combined).toMatchObject({ state: "failure", total_count: 2 });
    expect(emu.statuses("org/repo", sha)).toHaveLength(3);
  });

  it("refuses an unknown state, a long description and a sha it cannot find", async () => {
    const client = bot();
    const error = await send("POST /repos/{owner}/{repo}/statuses/{sha}", {
      ...REPO,
      sha: SHA,
      state: "passed",
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 422,
      response: {
        data: {
          errors: [{ resource: "Status", field: "state", message: "state is not included in the list" }],
        },
      },
    });
    await expect(
      client.rest.repos.createCommitStatus({
        ...REPO,
        sha: SHA,
        state: "success",
        description: "d".repeat(141),
      }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      client.rest.repos.createCommitStatus({ ...REPO, sha: "nope", state: "success" }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("No commit found for SHA: nope"),
    });
  });

  it("resolves a branch name to its head commit", async () => {
    const client = bot();
    const head = emu.ref("org/repo", "heads/main")!;
    await client.rest.repos.createCommitStatus({ ...REPO, sha: head, state: "success", context: "branch" });
    const { data } = await client.rest.repos.getCombinedStatusForRef({ ...REPO, ref: "main" });
    expect(data).toMatchObject({ sha: head, state: "success" });
  });
});
