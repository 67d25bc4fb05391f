import { describe, expect, it } from "vitest";
import { promotionLinks } from "./promotion-links.ts";

const context = {
  repository: { owner: "org", repo: "repo" },
  serverUrl: "https://github.com",
  sha: "abc123",
  runUrl: "https://github.com/org/repo/actions/runs/7",
} as Parameters<typeof promotionLinks>[0];

describe("promotionLinks", () => {
  it("links the run, the commit, the pull request and the report", () => {
    expect(promotionLinks(context, 42, "https://example.com/report.html")).toEqual({
      run: "https://github.com/org/repo/actions/runs/7",
      commit: "https://github.com/org/repo/commit/abc123",
      pullRequest: "https://github.com/org/repo/pull/42",
      report: "https://example.com/report.html",
    });
  });

  it("links nothing it cannot name: a local run has no repository", () => {
    const local = { ...context, repository: undefined, runUrl: undefined };
    expect(promotionLinks(local, 42, undefined)).toEqual({});
  });
});
