import { describe, expect, it } from "vitest";
import { bodyExcerpt } from "./body-excerpt.ts";
import { registerSecret } from "./secrets.ts";

describe("bodyExcerpt", () => {
  it("quotes the start of a body on one line, without control characters or secrets", () => {
    registerSecret("sk-excerpt-canary-0123456789");
    const page = "<!doctype html>\r\n<title>\u001b[31mLogin\u0000</title>\n sk-excerpt-canary-0123456789";
    const shown = bodyExcerpt(page);
    expect(shown).toMatch(/^"<!doctype html> <title> \[31mLogin <\/title> .*"$/);
    expect(shown).not.toMatch(/[\u0000-\u001f]|canary/);
    expect(bodyExcerpt("x".repeat(500), 10)).toBe(`"${"x".repeat(10)}…"`);
  });
});
