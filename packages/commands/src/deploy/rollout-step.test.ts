import { describe, expect, it } from "vitest";
import { healthDetail, substitute } from "./rollout-step.ts";

describe("rollout step", () => {
  it("fills the manifests folder, version and track, leaving other braces alone", () => {
    const vars = { manifests: "/out/1-canary", version: "1.1.0", track: "canary" };
    expect(substitute("kubectl apply -f {manifests} # {version}@{track} {other}", vars)).toBe(
      "kubectl apply -f /out/1-canary # 1.1.0@canary {other}",
    );
  });

  it("counts the health probes", () => {
    expect(healthDetail({ detail: "HTTP 200", attempts: 1 })).toBe("HTTP 200 (1 probe)");
    expect(healthDetail({ detail: "HTTP 503", attempts: 4 })).toBe("HTTP 503 (4 probes)");
  });
});
