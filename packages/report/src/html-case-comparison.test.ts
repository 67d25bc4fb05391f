import { describe, expect, it } from "vitest";
import { caseComparisonHtml, MAX_OUTPUT_CHARS } from "./html-case-comparison.ts";

const detail = {
  type: "case-comparison" as const,
  title: "Outputs",
  before: "base v1",
  after: "PR v2",
  cases: [
    {
      id: "a",
      change: "regressed" as const,
      before: { status: "pass" as const, output: "yes" },
      after: { status: "fail" as const, output: "<no>", reason: "expected yes" },
    },
    {
      id: "b",
      change: "passing" as const,
      before: { status: "pass" as const, output: "ok" },
      after: { status: "pass" as const, output: "ok" },
    },
    { id: "c", change: "failing" as const, after: { status: "error" as const } },
  ],
};

describe("caseComparisonHtml", () => {
  const html = caseComparisonHtml(detail, "2-3", 100);

  it("puts the earlier and the new output of each case side by side, escaped", () => {
    expect(html).toContain(
      '<article class="case regressed"><h4>a <span class="change regressed">regressed</span></h4>',
    );
    expect(html).toContain(
      '<div class="sides"><div class="side pass"><p class="side-label">base v1: <strong>pass</strong></p><pre>yes</pre></div>' +
        '<div class="side fail"><p class="side-label">PR v2: <strong>fail</strong></p><pre>&lt;no&gt;</pre><p class="note">expected yes</p></div></div>',
    );
    expect(html).toContain('<p class="side-label">base v1: no result</p>');
    expect(html).toContain("<pre>(no output)</pre>");
  });

  it("offers a script-free filter, one radio group per comparison, on the cases that need a look by default", () => {
    expect(html).toContain(
      '<input type="radio" name="cases-2-3" id="cases-2-3-attention" class="show-attention" checked><label for="cases-2-3-attention">failing or regressed (2)</label>',
    );
    expect(html).toContain('<label for="cases-2-3-regressed">regressed (1)</label>');
    expect(html).toContain('class="show-all"><label for="cases-2-3-all">all (3)</label>');
  });

  it("shows every case by default when none needs a look", () => {
    const passing = caseComparisonHtml({ ...detail, cases: [detail.cases[1]!] }, "1-1", 100);
    expect(passing).toContain('class="show-attention"><label');
    expect(passing).toContain('class="show-all" checked>');
  });

  it("bounds the number of cases and the length of outputs", () => {
    const long = "x".repeat(MAX_OUTPUT_CHARS + 10);
    const many = {
      ...detail,
      cases: Array.from({ length: 5 }, (_, i) => ({
        ...detail.cases[0]!,
        id: `c${i}`,
        after: { status: "fail" as const, output: long },
      })),
    };
    const bounded = caseComparisonHtml(many, "1-1", 3);
    expect(bounded.match(/<article/g)).toHaveLength(3);
    expect(bounded).toContain("… 2 more cases in the result file");
    expect(bounded).toContain(`<pre>${"x".repeat(MAX_OUTPUT_CHARS)}…</pre>`);
    expect(bounded).toContain("all (5)");
  });
});
