import { describe, expect, it } from "vitest";
import { servingDisagreement } from "./serving-check.ts";

const registry = {
  serving: { version: "1.0.0", track: "stable" },
  at: "2026-01-02T00:00:00Z",
  file: "deployments/production.yml",
};
const github = (version: string, createdAt: string) => ({
  id: 9,
  createdAt,
  version,
  track: "stable",
  deployment: "d9",
});

describe("serving disagreement", () => {
  it("agrees when both name the same version, or GitHub has no successful deployment", () => {
    expect(
      servingDisagreement("churn", "production", registry, github("1.0.0", "2026-01-03T00:00:00Z")),
    ).toEqual({});
    expect(servingDisagreement("churn", "production", registry, undefined)).toEqual({});
  });

  it("refuses when GitHub rolled out another version after the registry's last record", () => {
    const { refusal, warning } = servingDisagreement(
      "churn",
      "production",
      registry,
      github("1.0.1", "2026-01-03T00:00:00Z"),
    );
    expect(warning).toBeUndefined();
    expect(refusal).toBe(
      "GitHub deployment 9 (2026-01-03T00:00:00Z) rolled out 1.0.1 after the registry's last record: the registry (deployments/production.yml) says 1.0.0 serves churn in production",
    );
    // A registry answered from the audit log has no time to compare with: the cluster is trusted.
    expect(
      servingDisagreement(
        "churn",
        "production",
        { ...registry, at: undefined },
        github("1.0.1", "2026-01-01T00:00:00Z"),
      ).refusal,
    ).toContain("rolled out 1.0.1");
  });

  it("only warns, naming both, when the registry's record is the newer", () => {
    const { refusal, warning } = servingDisagreement(
      "churn",
      "production",
      registry,
      github("0.9.0", "2026-01-01T00:00:00Z"),
    );
    expect(refusal).toBeUndefined();
    expect(warning).toContain(
      "says 1.0.0 serves churn in production, but the latest successful GitHub deployment 9",
    );
    expect(warning).toContain("rolled out 0.9.0");
  });
});
