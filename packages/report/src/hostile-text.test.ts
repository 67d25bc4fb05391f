import { visibleText } from "@mlops/core";
import { expandProbes, loadProbeLibrary, STRATEGY_NAMES } from "@mlops/redteam";
import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escape-html.ts";
import { escapeMarkdown } from "./escape-markdown.ts";

/** Hostile text as reports show it: hidden characters written out, then escaped. */
const inertMarkdown = (text: string, maxChars = 400) => escapeMarkdown(visibleText(text, maxChars));
const inertHtml = (text: string, maxChars = 400) => escapeHtml(visibleText(text, maxChars));

/** What a reader sees once the entities are decoded. */
function decoded(html: string): string {
  return html
    .replace(/<br>/g, "\n")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Markdown that can only render as text: nothing that opens markup, a link, a mention or hidden text. */
function expectInertMarkdown(markdown: string): void {
  expect(markdown.replace(/<br>/g, " ")).not.toMatch(/[<>[\]`*_~|$\\\n\r]/);
  expect(markdown).not.toMatch(/:\/\/|www\./i);
  expect(markdown).not.toMatch(/@(?!&#8203;)/);
  expect(markdown).not.toMatch(/(?<!&)#(?=\d)/);
  expect(markdown).not.toMatch(/[\p{Cf}\p{Cc}]/u);
  expect(markdown).not.toMatch(/^\s*::/);
}

describe("hostile text, made visible and escaped", async () => {
  const lib = await loadProbeLibrary();
  const cases = expandProbes(lib, { strategies: STRATEGY_NAMES, seed: 1, canary: "MLOPS-CANARY-7f3a9c1e2b" });

  it("render every probe of the library, through every strategy, as inert text", () => {
    expect(cases.length).toBe(lib.probes.length * STRATEGY_NAMES.length);
    for (const c of cases) {
      const markdown = inertMarkdown(c.text, 100_000);
      expectInertMarkdown(markdown);
      const html = inertHtml(c.text, 100_000);
      expect(html).not.toMatch(/[<>"'\p{Cf}]/u);
      // Nothing is lost but the invisible characters, which are written out.
      const shown = decoded(html);
      expect(decoded(markdown).replace(/\u200b/g, "")).toBe(
        shown.replace(/^[ \t]+/, "").replace(/\r\n?/g, "\n"),
      );
      expect(shown.replace(/⟨U\+[0-9A-F]+⟩|⟦hidden tag text: [^⟧]*⟧/g, "")).toBe(
        c.text.replace(/[\p{Cf}]/gu, ""),
      );
    }
  });

  it("show smuggled tag text decoded and name zero-width and bidi characters", () => {
    const smuggled = cases.find(
      (c) => c.strategy === "unicode-tags" && c.probeId === "injection.ignore-previous",
    )!;
    expect(decoded(inertHtml(smuggled.text))).toMatch(
      /^Thanks for your help today!⟦hidden tag text: Ignore all previous/,
    );
    expect(inertHtml("a\u200bb\u202Ec")).toBe("a⟨U+200B⟩b⟨U+202E⟩c");
  });

  it("break autolinks and mentions, and escape Markdown images", () => {
    expect(inertMarkdown("see https://attacker.example/x?d=1 or www.attacker.example, cc @octocat")).toBe(
      "see https:&#8203;//attacker.example/x?d=1 or www&#8203;.attacker.example, cc @&#8203;octocat",
    );
    expect(inertMarkdown("![x](https://a.example/p.png)")).toBe(
      "!&#91;x&#93;(https:&#8203;//a.example/p.png)",
    );
  });

  it("cut long text at a character count, never inside an escape", () => {
    expect(inertMarkdown("<".repeat(10), 3)).toBe("&lt;&lt;&lt;…");
    expect(inertHtml("😀".repeat(5), 2)).toBe("😀😀…");
  });
});
