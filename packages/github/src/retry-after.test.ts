import { describe, expect, it } from "vitest";
import { retryAfterSeconds } from "./retry-after.ts";

describe("retryAfterSeconds", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");

  it("reads delay-seconds", () => {
    expect(retryAfterSeconds({ "retry-after": "0" }, now)).toBe(0);
    expect(retryAfterSeconds({ "retry-after": " 17 " }, now)).toBe(17);
  });

  it("reads an HTTP date as the seconds until then, never negative", () => {
    expect(retryAfterSeconds({ "retry-after": "Thu, 01 Jan 2026 00:00:30 GMT" }, now)).toBe(30);
    expect(retryAfterSeconds({ "retry-after": "Wed, 31 Dec 2025 23:59:00 GMT" }, now)).toBe(0);
  });

  it("is undefined when the header is absent or unreadable", () => {
    expect(retryAfterSeconds({}, now)).toBeUndefined();
    expect(retryAfterSeconds(undefined, now)).toBeUndefined();
    expect(retryAfterSeconds({ "retry-after": "soon" }, now)).toBeUndefined();
  });
});
