import { describe, expect, it } from "vitest";
import { preformattedText } from "./preformatted-text.ts";

describe("preformattedText", () => {
  it("keeps lines and indentation and cannot end its own block", () => {
    expect(preformattedText("line 1\r\n  indented\n</pre><script>\n\n")).toBe(
      "<pre>line 1\n  indented\n&lt;/pre&gt;&lt;script&gt;</pre>",
    );
  });
});
