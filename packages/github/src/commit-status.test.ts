import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubEmulator, startGitHubEmulator } from "../../../test/emulators/github-api.ts";
import { cutDescription, setCommitStatus } from "./commit-status.ts";
import { createOctokit } from "./octokit.ts";

const TOKEN = "ghs_commitStatusInstallationToken012345678";
const SHA = "b".repeat(40);
let github: GitHubEmulator;

beforeAll(async () => {
  github = await startGitHubEmulator();
  github.addToken(TOKEN, { login: "github-actions[bot]", type: "Bot" });
  github.addRepo("acme/models");
});
afterAll(async () => {
  await github.close();
});

describe("setCommitStatus", () => {
  it("sets the status with the description cut to 140 characters", async () => {
    const octokit = await createOctokit(TOKEN, { baseUrl: github.url });
    const description = `Challenger beats champion on AUC by 0.012 (95% CI 0.004–0.020); ${"and more ".repeat(20)}`;

    await setCommitStatus(octokit, {
      owner: "acme",
      repo: "models",
      sha: SHA,
      state: "success",
      context: "mlops/gates",
      description,
      targetUrl: "https://github.com/acme/models/actions/runs/1",
    });

    const [stored] = github.statuses("acme/models", SHA);
    expect(stored).toMatchObject({
      state: "success",
      context: "mlops/gates",
      target_url: "https://github.com/acme/models/actions/runs/1",
    });
    expect(stored!["description"]).toHaveLength(140);
    expect(stored!["description"]).toBe(`${description.slice(0, 139)}…`);
  });
});

describe("cutDescription", () => {
  it("leaves a short description alone", () => {
    expect(cutDescription("All gates pass")).toBe("All gates pass");
  });

  it("never ends on half an emoji", () => {
    const cut = cutDescription(`${"a".repeat(138)}🚀🚀`);
    expect(cut).toBe(`${"a".repeat(138)}…`);
  });
});
