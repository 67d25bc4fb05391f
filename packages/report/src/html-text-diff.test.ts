import { describe, expect, it } from "vitest";
import { MAX_DIFF_LINES, textDiffHtml } from "./html-text-diff.ts";

describe("textDiffHtml", () => {
  it("shows removed and added lines against the common ones, escaped", () => {
    const html = textDiffHtml({
      type: "text-diff",
      title: "Prompt diff",
      before: { label: "base v1", text: "Hello {{name}}\n<b>old</b>" },
      after: { label: "PR v2", text: "Hello {{name}}\n<b>new</b>\nBye" },
    });
    expect(html).toContain("base v1 → PR v2: 1 line removed, 2 lines added");
    expect(html).toContain(
      '<pre class="diff"><span class="same">  Hello {{name}}</span><span class="removed">- &lt;b&gt;old&lt;/b&gt;</span>' +
        '<span class="added">+ &lt;b&gt;new&lt;/b&gt;</span><span class="added">+ Bye</span></pre>',
    );
  });

  it("says when nothing changed and when long texts were cut", () => {
    const long = Array.from({ length: MAX_DIFF_LINES + 5 }, (_, i) => `line ${i}`).join("\n");
    const html = textDiffHtml({
      type: "text-diff",
      title: "t",
      before: { label: "a", text: long },
      after: { label: "b", text: long },
    });
    expect(html).toContain(`no line changed; only the first ${MAX_DIFF_LINES} lines of each side compared`);
    expect(html.match(/<span class="same">/g)).toHaveLength(MAX_DIFF_LINES);
  });
});
