import { SECTION_SEPARATOR } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { COMMENT_LIMIT, truncateComment } from "./truncate-comment.ts";

const SEP = `\n${SECTION_SEPARATOR}\n`;

function section(i: number, size: number): string {
  const head = `## Section ${i}\n\n`;
  const fence = "```\n" + "x".repeat(Math.max(0, size - 40)) + "\n```\n";
  const details = `<details><summary>more</summary>\n\n${fence}\n</details>\n`;
  return head + (i % 2 === 0 ? fence : details);
}

/** Lone surrogates: a high one not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function openBlocksAtEnd(text: string): { fence: boolean; details: number } {
  let fence = false;
  let details = 0;
  for (const line of text.split("\n")) {
    if (/^\s*```/.test(line)) fence = !fence;
    else if (!fence)
      details += (line.match(/<details/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0);
  }
  return { fence, details };
}

describe("truncateComment", () => {
  it("leaves a body that fits untouched", () => {
    const body = ["# Report", "all good"].join(SEP);
    expect(truncateComment(body)).toEqual({ body, truncated: false });
  });

  it("cuts a 200 KB report at a section boundary under the limit, with a note linking the full report", () => {
    const sections = Array.from({ length: 100 }, (_, i) => section(i, 2000));
    const body = sections.join(SEP);
    expect(body.length).toBeGreaterThan(200_000);

    const result = truncateComment(body, { reportUrl: "https://github.com/o/r/actions/runs/1" });

    expect(result.truncated).toBe(true);
    expect(result.body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    // Nearly the whole budget is used: at most one section's worth is left over.
    expect(result.body.length).toBeGreaterThan(COMMENT_LIMIT - 2200);
    const shown = (result.body.match(/^## Section /gm) ?? []).length;
    expect(result.body).toMatch(
      new RegExp(
        `> \\[!WARNING\\]\\n> This report was cut to fit GitHub's comment limit: ${shown} of 100 sections shown\\. ` +
          "Full report: https://github.com/o/r/actions/runs/1\\n$",
      ),
    );
    expect(openBlocksAtEnd(result.body)).toEqual({ fence: false, details: 0 });
    expect(result.body.startsWith(sections.slice(0, shown).join(SEP).trimEnd())).toBe(true);
  });

  it("points to the job summary and artifact when there is no report URL", () => {
    const body = [section(0, 500), section(1, 500)].join(SEP);
    const result = truncateComment(body, { limit: 800 });
    expect(result.body.length).toBeLessThanOrEqual(800);
    expect(result.body).toContain("1 of 2 sections shown. The full report is in this run's job summary");
  });

  it("ignores a separator line inside a code fence or a <details> block", () => {
    const fenced = "## A\n```\n" + `${SECTION_SEPARATOR}\n`.repeat(3) + "```\n";
    const folded = `<details><summary>B</summary>\n\n${SECTION_SEPARATOR}\n\n</details>\n`;
    const body = [fenced + folded, "x".repeat(5000)].join(SEP);
    const result = truncateComment(body, { limit: 1000 });
    expect(result.body).toContain("1 of 2 sections shown");
    expect(result.body.startsWith(fenced + folded)).toBe(true);
  });

  it("cuts an oversized first section at a line boundary outside fences and <details>", () => {
    const lines = Array.from({ length: 200 }, (_, i) => `line ${i} ${"y".repeat(40)}`);
    const fence = "```\n" + "z\n".repeat(2000) + "```\n";
    const body = [lines.join("\n") + "\n" + fence + "after\n", "second"].join(SEP);
    const result = truncateComment(body, { limit: 3000 });
    expect(result.body.length).toBeLessThanOrEqual(3000);
    expect(result.body).toContain("only the start of the first of 2 sections is shown");
    expect(result.body).not.toContain("```");
    expect(result.body).toMatch(/^line 0 /);
  });

  it("leaves no lone surrogate wherever the limit falls in a body of emoji", () => {
    const line = `${"🚀".repeat(25)}a\n`;
    const body = [line.repeat(6), line.repeat(3), line.repeat(3)].join(SEP);
    for (let limit = 300; limit < body.length; limit += 7) {
      const result = truncateComment(body, { limit });
      expect(result.body.length).toBeLessThanOrEqual(limit);
      expect(LONE_SURROGATE.test(result.body)).toBe(false);
      expect(result.body).toContain("🚀");
    }
  });
});
