import { describe, expect, it } from "vitest";
import { safeUrl } from "./safe-url.ts";

describe("safeUrl", () => {
  it("keeps http(s) links", () => {
    expect(safeUrl("https://github.com/acme/churn/actions/runs/42")).toBe(
      "https://github.com/acme/churn/actions/runs/42",
    );
  });

  it("refuses other schemes and non-URLs", () => {
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("data:text/html,<script>")).toBeNull();
    expect(safeUrl("not a url")).toBeNull();
  });

  it("encodes what could end a Markdown destination, a table cell or an attribute", () => {
    expect(safeUrl("https://x.test/a(b)|c$d'e\"f<g> h")).toBe(
      "https://x.test/a%28b%29%7Cc%24d%27e%22f%3Cg%3E%20h",
    );
  });
});
