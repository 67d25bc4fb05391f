import { describe, expect, it } from "vitest";
import { processFailure } from "./run-process.ts";

describe("processFailure", () => {
  const run = { code: null, timedOut: false, cancelled: false, output: "" };

  it("says how a command failed, with its last line of output", () => {
    expect(processFailure("apply", { ...run, code: 1, output: "applying\nerror: no cluster\n" })).toBe(
      "apply exited 1: error: no cluster",
    );
    expect(processFailure("apply", { ...run, timedOut: true, output: "  " })).toBe("apply timed out");
    expect(processFailure("apply", { ...run, cancelled: true })).toBe("apply was cancelled");
  });

  it("says a command that never started could not start, and why", () => {
    expect(processFailure("apply", { ...run, startError: "command not found: kubectl" })).toBe(
      "apply could not start: command not found: kubectl",
    );
  });
});
