import { describe, expect, it } from "vitest";
import { MAX_RETRY_AFTER_MS, retryAfterMs } from "./retry-after.ts";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("retryAfterMs", () => {
  it("reads delta-seconds, from fetch-style headers and plain records alike", () => {
    expect(retryAfterMs(new Headers({ "Retry-After": "2" }), now)).toBe(2000);
    expect(retryAfterMs({ "retry-after": " 17 " }, now)).toBe(17_000);
    expect(retryAfterMs({ "retry-after": 0 }, now)).toBe(0);
    expect(retryAfterMs({ "retry-after": "1.5" }, now)).toBe(1500);
  });

  it("reads an HTTP date as the time until then, never negative", () => {
    expect(retryAfterMs({ "retry-after": "Thu, 01 Jan 2026 00:00:05 GMT" }, now)).toBe(5000);
    expect(retryAfterMs({ "retry-after": "Wed, 31 Dec 2025 23:59:00 GMT" }, now)).toBe(0);
  });

  it("prefers retry-after-ms to retry-after", () => {
    expect(retryAfterMs(new Headers({ "retry-after-ms": "250", "retry-after": "9" }), now)).toBe(250);
    expect(retryAfterMs({ "retry-after-ms": "soon", "retry-after": "9" }, now)).toBe(9000);
  });

  it("caps what a hostile server asks for", () => {
    expect(retryAfterMs({ "retry-after": "99999999999999999999" }, now)).toBe(MAX_RETRY_AFTER_MS);
    expect(retryAfterMs({ "retry-after-ms": "86400000" }, now)).toBe(MAX_RETRY_AFTER_MS);
    expect(retryAfterMs({ "retry-after": "Fri, 01 Jan 2100 00:00:00 GMT" }, now)).toBe(MAX_RETRY_AFTER_MS);
  });

  it("is undefined when the header is absent or unreadable", () => {
    expect(retryAfterMs(undefined, now)).toBeUndefined();
    expect(retryAfterMs(new Headers(), now)).toBeUndefined();
    expect(retryAfterMs({}, now)).toBeUndefined();
    for (const value of ["soon", "", "-1", "0x10", "1e3"]) {
      expect(retryAfterMs({ "retry-after": value }, now), value).toBeUndefined();
    }
  });
});
