import { describe, expect, it } from "vitest";
import { CANARIES, ORDINARY_TEXT } from "./credential-canaries.ts";
import { redact, registerSecret } from "./secrets.ts";

describe("redact", () => {
  it.each(CANARIES)("hides $kind without having been told", ({ text, secret }) => {
    const out = redact(text);
    expect(out).not.toContain(secret);
    expect(out).toContain("***");
  });

  it.each(ORDINARY_TEXT)("leaves ordinary text alone: %s", (text) => {
    expect(redact(text)).toBe(text);
  });

  it("keeps what names the credential, so the message still says what was wrong", () => {
    expect(redact("https://alice:pw@host.example/x")).toBe("https://***@host.example/x");
    expect(redact("Authorization: Bearer abc123def456")).toBe("Authorization: Bearer ***");
    expect(redact("?api_key=abc&model=x")).toBe("?api_key=***&model=x");
  });

  it("keeps JSON valid when it redacts inside it", () => {
    const json = JSON.stringify({
      message: `failed: api_key="k-1" and ${CANARIES.map((c) => c.text).join(" ")}`,
      headers: { Authorization: "Basic dXNlcjpwYXNz", "x-api-key": "abc" },
      password: 'quote"d',
      nested: [{ token: "t" }, { token: null }, { tokens: 3 }],
    });
    const parsed = JSON.parse(redact(json));
    expect(parsed.headers).toEqual({ Authorization: "Basic ***", "x-api-key": "***" });
    expect(parsed.password).toBe("***");
    expect(parsed.nested).toEqual([{ token: "***" }, { token: null }, { tokens: 3 }]);
    for (const { secret } of CANARIES) expect(JSON.stringify(parsed)).not.toContain(secret);
  });

  it("hides registered secrets and their encodings, longest first", () => {
    registerSecret("plain-registered-value");
    const out = redact(
      `plain-registered-value ${Buffer.from("plain-registered-value").toString("base64")} x-plain-registered-value-y`,
    );
    expect(out).toBe("*** *** x-***-y");
  });
});
