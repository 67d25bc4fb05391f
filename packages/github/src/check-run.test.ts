import { SECTION_SEPARATOR } from "@mlops/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubEmulator, startGitHubEmulator } from "../../../test/emulators/github-api.ts";
import { type CheckAnnotation, publishCheckRun } from "./check-run.ts";
import { createOctokit } from "./octokit.ts";
import { isPermissionDenied } from "./permissions.ts";

const BOT_TOKEN = "ghs_checkRunInstallationToken0123456789ab";
const READ_ONLY_TOKEN = "ghs_checkRunForkReadOnlyToken0123456789a";
const SHA = "a".repeat(40);
let github: GitHubEmulator;

beforeAll(async () => {
  github = await startGitHubEmulator();
  github.addToken(BOT_TOKEN, { login: "github-actions[bot]", type: "Bot" });
  github.addToken(READ_ONLY_TOKEN, { login: "github-actions[bot]", type: "Bot" }, { readOnly: true });
  github.addRepo("acme/models");
});
afterAll(async () => {
  await github.close();
});

const annotations: CheckAnnotation[] = Array.from({ length: 120 }, (_, i) => ({
  path: `data/train.csv`,
  start_line: i + 2,
  end_line: i + 2,
  annotation_level: i % 3 === 0 ? "failure" : "warning",
  message: `row ${i + 2}: age is negative`,
  title: "Data contract",
}));

describe("publishCheckRun", () => {
  it("creates the run with 50 annotations and appends the other 70 in two updates", async () => {
    const octokit = await createOctokit(BOT_TOKEN, { baseUrl: github.url });

    const run = await publishCheckRun(octokit, {
      owner: "acme",
      repo: "models",
      headSha: SHA,
      name: "mlops / data validation",
      conclusion: "failure",
      title: "120 rows break the data contract",
      summary: "## Data validation\n\nSee the annotations.",
      annotations,
    });

    const requests = github.requests.filter((r) => r.path.includes("/check-runs"));
    expect(requests.map((r) => r.method)).toEqual(["POST", "PATCH", "PATCH"]);
    expect(
      requests.map((r) => (r.body as { output: { annotations: unknown[] } }).output.annotations.length),
    ).toEqual([50, 50, 20]);
    const [stored] = github.checkRuns("acme/models");
    expect(stored).toMatchObject({
      id: run.id,
      html_url: run.url,
      head_sha: SHA,
      status: "completed",
      conclusion: "failure",
      output: {
        title: "120 rows break the data contract",
        summary: "## Data validation\n\nSee the annotations.",
      },
    });
    expect(stored!.output.annotations).toEqual(annotations);
  });

  it("cuts a summary over 65,535 UTF-8 bytes so GitHub accepts it", async () => {
    const octokit = await createOctokit(BOT_TOKEN, { baseUrl: github.url });
    const section = (i: number) => `## Slice ${i}\n\n${"ü".repeat(4_000)}\n`;
    const summary = Array.from({ length: 20 }, (_, i) => section(i)).join(`\n${SECTION_SEPARATOR}\n`);

    const run = await publishCheckRun(octokit, {
      owner: "acme",
      repo: "models",
      headSha: SHA,
      name: "mlops / bias",
      conclusion: "neutral",
      title: "Bias report",
      summary,
      annotations: [],
    });

    const stored = github.checkRuns("acme/models").find((r) => r["id"] === run.id);
    expect(Buffer.byteLength(stored!.output.summary)).toBeLessThanOrEqual(65_535);
    expect(stored!.output.summary).toMatch(/cut to fit GitHub's check run limit: \d+ of 20 sections shown/);
  });

  it("reports a read-only token as a permission problem", async () => {
    const octokit = await createOctokit(READ_ONLY_TOKEN, { baseUrl: github.url });
    const failure = await publishCheckRun(octokit, {
      owner: "acme",
      repo: "models",
      headSha: SHA,
      name: "mlops / fork",
      conclusion: "success",
      title: "ok",
      summary: "ok",
      annotations: [],
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isPermissionDenied(failure)).toBe(true);
    expect(failure).toMatchObject({ hint: expect.stringContaining("checks: write") });
  });
});
