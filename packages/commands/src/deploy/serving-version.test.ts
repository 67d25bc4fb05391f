import type { AuditRecord } from "@mlops/registry";
import { describe, expect, it } from "vitest";
import { servingVersion } from "./serving-version.ts";

const rec = (fields: Partial<AuditRecord>) =>
  ({
    action: "deploy",
    version: "1.0.0",
    environment: "production",
    outcome: "success",
    ...fields,
  }) as AuditRecord;

describe("servingVersion", () => {
  it("is the last successful deploy or rollback in the environment that took traffic", () => {
    const history = [
      rec({ version: "1.0.0", track: "blue" }),
      rec({ version: "1.1.0", track: "green", outcome: "failure" }),
      rec({ action: "rollback", version: "1.0.0", track: "blue" }),
      rec({ version: "1.2.0", track: "shadow" }),
      rec({ version: "2.0.0", environment: "staging" }),
      rec({ action: "promote", version: "1.3.0" }),
    ];
    expect(servingVersion(history, "production")).toEqual({ version: "1.0.0", track: "blue" });
  });

  it("serves on the stable track when the record names none, and is unset before the first deploy", () => {
    expect(servingVersion([rec({ version: "1.0.0" })], "production")).toEqual({
      version: "1.0.0",
      track: "stable",
    });
    expect(servingVersion([], "production")).toBeUndefined();
  });
});
