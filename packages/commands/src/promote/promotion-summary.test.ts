import { describe, expect, it } from "vitest";
import { promotionSummary } from "./promotion-summary.ts";

const base = {
  dryRun: false,
  model: "churn",
  version: "1.1.0",
  stage: { name: "production", alias: "champion" },
};

describe("promotionSummary", () => {
  it("says what moved, and what the alias was", () => {
    expect(promotionSummary({ ...base, refusals: [], previous: "1.0.0" })).toBe(
      "promoted churn 1.1.0 to production (champion, was 1.0.0)",
    );
    expect(promotionSummary({ ...base, refusals: [], dryRun: true })).toBe(
      "dry run: would promote churn 1.1.0 to production (champion)",
    );
  });

  it("names the approval a dry run cannot see", () => {
    expect(promotionSummary({ ...base, refusals: [], dryRun: true, awaitsApproval: "production" })).toBe(
      "dry run: would promote churn 1.1.0 to production (champion) after the production environment's required reviewers approve (not visible to a dry run)",
    );
  });

  it("says a rerun of a promotion that landed wrote nothing", () => {
    expect(promotionSummary({ ...base, refusals: [], alreadyPromoted: true })).toBe(
      "already promoted: churn 1.1.0 is at production (champion); nothing written",
    );
  });

  it("gives the first refusal and counts the rest", () => {
    expect(promotionSummary({ ...base, refusals: ["gate a failed"] })).toBe("refused: gate a failed");
    expect(promotionSummary({ ...base, refusals: ["gate a failed", "b", "c"] })).toBe(
      "refused: gate a failed (and 2 more)",
    );
  });
});
