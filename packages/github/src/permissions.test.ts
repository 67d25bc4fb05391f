import { describe, expect, it } from "vitest";
import { isPermissionDenied, permissionDeniedHelp } from "./permissions.ts";

/** Shaped like octokit's RequestError, which is what the check relies on. */
const failure = (status: number, message: string) => Object.assign(new Error(message), { status });

describe("isPermissionDenied", () => {
  it("recognises GitHub's answers to a token without the scope", () => {
    expect(isPermissionDenied(failure(403, "Resource not accessible by integration"))).toBe(true);
    expect(isPermissionDenied(failure(403, "Resource not accessible by personal access token"))).toBe(true);
    expect(isPermissionDenied(failure(404, "Not Found"))).toBe(true);
  });

  it("does not mistake a rate limit, an outage or a bad request for one", () => {
    expect(isPermissionDenied(failure(403, "You have exceeded a secondary rate limit"))).toBe(false);
    expect(isPermissionDenied(failure(502, "Bad Gateway"))).toBe(false);
    expect(isPermissionDenied(failure(422, "Validation Failed"))).toBe(false);
    expect(isPermissionDenied(new Error("Resource not accessible by integration"))).toBe(false);
    expect(isPermissionDenied(undefined)).toBe(false);
  });
});

describe("permissionDeniedHelp", () => {
  it("explains the read-only token of a fork and the two-workflow pattern", () => {
    const help = permissionDeniedHelp("pull-requests: write", true);
    expect(help).toMatch(/comes from a fork.*read-only/);
    expect(help).toMatch(/`pull_request` workflow .* `workflow_run`/);
  });

  it("asks for the scope when the run is not for a fork", () => {
    expect(permissionDeniedHelp("checks: write", false)).toBe(
      "The token lacks `checks: write`: grant it in the job's `permissions:`.",
    );
  });

  it("covers both when it is not known whether the run is for a fork", () => {
    const help = permissionDeniedHelp("statuses: write", undefined);
    expect(help).toContain("`statuses: write`");
    expect(help).toMatch(/forks always get a read-only GITHUB_TOKEN.*`workflow_run`/);
  });
});
