import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readRunContext } from "./context.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlops-context-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function eventFile(payload: unknown): Promise<string> {
  const file = join(dir, "event.json");
  await writeFile(file, typeof payload === "string" ? payload : JSON.stringify(payload, null, 2));
  return file;
}

const runnerEnv = {
  GITHUB_REPOSITORY: "acme/models",
  GITHUB_SHA: "f".repeat(40),
  GITHUB_REF: "refs/pull/7/merge",
  GITHUB_RUN_ID: "123456",
  GITHUB_RUN_ATTEMPT: "2",
  GITHUB_WORKFLOW: "ML checks",
  GITHUB_JOB: "evaluate",
  GITHUB_ACTOR: "octocat",
  GITHUB_SERVER_URL: "https://github.com",
  GITHUB_API_URL: "https://api.github.com",
};

function pullRequestPayload(headRepo: string | null) {
  return {
    action: "synchronize",
    number: 7,
    pull_request: {
      number: 7,
      head: { ref: "feature", sha: "a".repeat(40), repo: headRepo === null ? null : { full_name: headRepo } },
      base: { ref: "main", sha: "b".repeat(40), repo: { full_name: "acme/models" } },
    },
    repository: { full_name: "acme/models" },
  };
}

describe("readRunContext", () => {
  it("reads a pull_request event from the same repository", async () => {
    const env = {
      ...runnerEnv,
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_EVENT_PATH: await eventFile(pullRequestPayload("acme/models")),
    };
    expect(readRunContext(env)).toEqual({
      repository: { owner: "acme", repo: "models" },
      eventName: "pull_request",
      sha: "f".repeat(40),
      ref: "refs/pull/7/merge",
      runId: 123456,
      runAttempt: 2,
      workflow: "ML checks",
      job: "evaluate",
      serverUrl: "https://github.com",
      apiUrl: "https://api.github.com",
      runUrl: "https://github.com/acme/models/actions/runs/123456",
      pullRequest: {
        number: 7,
        headSha: "a".repeat(40),
        baseSha: "b".repeat(40),
        headRef: "feature",
        baseRef: "main",
        isFork: false,
      },
      actor: "octocat",
    });
  });

  it("detects a fork, including one whose repository was deleted", async () => {
    for (const [headRepo, eventName] of [
      ["someone/models", "pull_request"],
      [null, "pull_request_target"],
    ] as const) {
      const env = {
        ...runnerEnv,
        GITHUB_EVENT_NAME: eventName,
        GITHUB_EVENT_PATH: await eventFile(pullRequestPayload(headRepo)),
      };
      expect(readRunContext(env).pullRequest?.isFork).toBe(true);
    }
  });

  it("finds the pull request of a workflow_run event", async () => {
    const pr = (headRepoId: number) => ({
      number: 42,
      head: { ref: "feature", sha: "c".repeat(40), repo: { id: headRepoId, name: "models" } },
      base: { ref: "main", sha: "d".repeat(40), repo: { id: 1, name: "models" } },
    });
    const env = {
      ...runnerEnv,
      GITHUB_EVENT_NAME: "workflow_run",
      GITHUB_SHA: "e".repeat(40),
      GITHUB_EVENT_PATH: await eventFile({
        action: "completed",
        workflow_run: { id: 99, head_sha: "c".repeat(40), pull_requests: [pr(1)] },
      }),
    };
    const context = readRunContext(env);
    expect(context.pullRequest).toEqual({
      number: 42,
      headSha: "c".repeat(40),
      baseSha: "d".repeat(40),
      headRef: "feature",
      baseRef: "main",
      isFork: false,
    });
    expect(context.sha).toBe("e".repeat(40));

    env.GITHUB_EVENT_PATH = await eventFile({ workflow_run: { id: 99, pull_requests: [pr(2)] } });
    expect(readRunContext(env).pullRequest?.isFork).toBe(true);

    // GitHub leaves pull_requests empty for runs from forks; the run's head is what identifies the PR.
    env.GITHUB_EVENT_PATH = await eventFile({
      workflow_run: {
        id: 99,
        event: "pull_request",
        head_sha: "c".repeat(40),
        head_branch: "feature",
        head_repository: { owner: { login: "forker" } },
        pull_requests: [],
      },
    });
    expect(readRunContext(env).pullRequest).toBeUndefined();
    expect(readRunContext(env).workflowRun).toEqual({
      event: "pull_request",
      headSha: "c".repeat(40),
      headBranch: "feature",
      headOwner: "forker",
    });
  });

  it("reports a malformed event file as a ConfigError naming the file and position", async () => {
    const file = await eventFile('{\n  "pull_request": {\n    "number": 7,\n  }\n}');
    expect(() =>
      readRunContext({ ...runnerEnv, GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: file }),
    ).toThrow(
      expect.objectContaining({
        name: "ConfigError",
        message: expect.stringMatching(/not valid JSON/),
        location: { file, line: 4, column: 3 },
        hint: expect.stringContaining("GITHUB_EVENT_PATH"),
      }),
    );
  });

  it("names the missing field when the payload does not match the event", async () => {
    const file = await eventFile({ pull_request: { number: 7, head: { sha: "a" } } });
    expect(() => readRunContext({ GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: file })).toThrow(
      expect.objectContaining({
        name: "ConfigError",
        location: { file, path: "pull_request.base.sha" },
      }),
    );
  });

  it("works outside GitHub Actions, with nothing set", () => {
    expect(readRunContext({})).toEqual({
      repository: undefined,
      eventName: undefined,
      sha: undefined,
      ref: undefined,
      runId: undefined,
      runAttempt: undefined,
      workflow: undefined,
      job: undefined,
      serverUrl: "https://github.com",
      apiUrl: "https://api.github.com",
      runUrl: undefined,
      actor: undefined,
    });
  });
});
