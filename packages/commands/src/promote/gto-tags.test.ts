import { describe, expect, it } from "vitest";
import { nextStageTag } from "./gto-tags.ts";

describe("nextStageTag", () => {
  it("counts one past the highest number over every stage's tags", () => {
    expect(
      nextStageTag(["churn#staging#1", "churn#production#2", "churn#staging#3"], "churn", "production"),
    ).toBe("churn#production#4");
  });

  it("starts at 1, ignoring tags without a number", () => {
    expect(nextStageTag([], "churn", "staging")).toBe("churn#staging#1");
    expect(nextStageTag(["churn#notes"], "churn", "staging")).toBe("churn#staging#1");
  });
});
