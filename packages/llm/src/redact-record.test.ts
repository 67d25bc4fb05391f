import { registerSecret } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { redactRecord } from "./redact-record.ts";

describe("redactRecord", () => {
  it("redacts every string of a record, nested and in keys, and keeps numbers and shape", () => {
    const key = 'k3y"with\\quote-9f1e2d';
    registerSecret(key);
    const record = {
      content: "fine",
      model: `gpt-${key}`,
      usage: { promptTokens: 3, note: [key, 1, null] },
      [key]: true,
    };
    const out = redactRecord(record);
    expect(JSON.stringify(out)).not.toContain("9f1e2d");
    expect(out).toEqual({
      content: "fine",
      model: "gpt-***",
      usage: { promptTokens: 3, note: ["***", 1, null] },
      "***": true,
    });
  });
});
