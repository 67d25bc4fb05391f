import { describe, expect, it } from "vitest";
import { escapeMarkdown, escapeMarkdownCharacters } from "./escape-markdown.ts";

describe("escapeMarkdown", () => {
  it("turns HTML into text, including entities already in the data", () => {
    expect(escapeMarkdown("<script>alert(1)</script>")).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(escapeMarkdown("&lt;b&gt;")).toBe("&amp;lt;b&amp;gt;");
  });

  it("stops mentions and issue references with a zero-width space", () => {
    expect(escapeMarkdown("ping @org/team")).toBe("ping @&#8203;org/team");
    expect(escapeMarkdown("see #12")).toBe("see #&#8203;12");
    expect(escapeMarkdown("C# and #hashtag")).toBe("C# and #hashtag");
  });

  it("links no bare URL or www host", () => {
    expect(escapeMarkdown("go to https://evil.example/x?d=1 or www.evil.example")).toBe(
      "go to https:&#8203;//evil.example/x?d=1 or www&#8203;.evil.example",
    );
    expect(escapeMarkdown("a ratio of 3:2, wwwx.example")).toBe("a ratio of 3:2, wwwx.example");
  });

  it("keeps table cells whole", () => {
    expect(escapeMarkdown("a|b")).toBe("a&#124;b");
    expect(escapeMarkdown("one\ntwo\r\nthree\rfour")).toBe("one<br>two<br>three<br>four");
    expect(escapeMarkdown("ends with \\")).toBe("ends with &#92;");
  });

  it("opens no code span, link, image, emphasis or math", () => {
    const escaped = escapeMarkdown("`x` [l](javascript:alert(1)) ![i](http://t/) *a* _b_ ~c~ $d$");
    expect(escaped).not.toMatch(/[`*_~$[\]]/);
    expect(escaped).toBe(
      "&#96;x&#96; &#91;l&#93;(javascript:alert(1)) !&#91;i&#93;(http:&#8203;//t/) &#42;a&#42; &#95;b&#95; &#126;c&#126; &#36;d&#36;",
    );
  });

  it("starts no heading, list or rule at the start of a line", () => {
    expect(escapeMarkdown("# title")).toBe("&#35; title");
    expect(escapeMarkdown("- item")).toBe("&#45; item");
    expect(escapeMarkdown("+ item")).toBe("&#43; item");
    expect(escapeMarkdown("12. item")).toBe("&#49;2. item");
    expect(escapeMarkdown("===")).toBe("&#61;==");
    expect(escapeMarkdown("    indented code")).toBe("indented code");
  });

  it("leaves ordinary text and numbers readable", () => {
    expect(escapeMarkdown("0.912 [0.901, 0.923]")).toBe("0.912 &#91;0.901, 0.923&#93;");
    expect(escapeMarkdown("-5 rows")).toBe("-5 rows");
    expect(escapeMarkdown("v1.2.3 — ok")).toBe("v1.2.3 — ok");
  });

  it("drops control characters", () => {
    expect(escapeMarkdown("a\u0000b\u001bc")).toBe("abc");
  });
});

describe("escapeMarkdownCharacters", () => {
  it("escapes like escapeMarkdown but keeps line breaks and indentation", () => {
    expect(escapeMarkdownCharacters("  a|b\n  @x")).toBe("  a&#124;b\n  @&#8203;x");
  });
});
