import type { Status } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { exitCodeFor, type FailOn } from "./spec.ts";

describe("exitCodeFor: the one exit rule", () => {
  it("error always fails; fail unless never; warn only at fail-on warn", () => {
    const table: [Status, FailOn, number][] = [
      ["pass", "fail", 0],
      ["pass", "warn", 0],
      ["warn", "fail", 0],
      ["warn", "warn", 1],
      ["warn", "never", 0],
      ["fail", "fail", 1],
      ["fail", "warn", 1],
      ["fail", "never", 0],
      ["error", "fail", 1],
      ["error", "warn", 1],
      ["error", "never", 1],
    ];
    for (const [status, failOn, code] of table)
      expect([status, failOn, exitCodeFor(status, failOn)]).toEqual([status, failOn, code]);
  });
});
