import { describe, expect, it } from "vitest";
import { renderHtml } from "./html-report.ts";
import { renderMarkdown } from "./markdown-report.ts";
import { backtest, dataValidation, errored, hostile, llmEval } from "./test-envelopes.ts";
import { backtestViews, dataViews, llmViews } from "./test-view-envelopes.ts";

const OPTIONS = {
  generatedAt: "2024-05-01T10:10:00Z",
  commitSha: "3f2a9c1d4e5b6a7980112233445566778899aabb",
  runUrl: "https://github.com/acme/churn/actions/runs/42",
  reportUrl: "https://github.com/acme/churn/actions/runs/42/artifacts/7",
};

function charts(html: string): string[] {
  return [...html.matchAll(/<svg class="chart"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
}

function text(html: string): string {
  return html.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ");
}

describe("renderHtml", () => {
  const html = renderHtml([llmEval, backtest, dataValidation, errored], OPTIONS);

  it("is one self-contained page that loads nothing and runs nothing", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\bsrc=/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    for (const href of hrefs) expect(href).toMatch(/^(#evaluation-\d+|https:\/\/github\.com\/acme\/)/);
  });

  it("supports light and dark colour schemes", () => {
    expect(html).toContain("@media (prefers-color-scheme: dark)");
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
  });

  it("starts with the verdict and links each evaluation to its section, worst first", () => {
    expect(html).toMatch(/<h1><span aria-hidden="true">🛑<\/span> mlops report: 1 of 4 evaluations errored;/);
    const links = [...html.matchAll(/<a href="#(evaluation-\d+)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ["evaluation-1", "bias: churn-model"],
      ["evaluation-2", "Data validation: churn training set"],
      ["evaluation-3", "Backtest: churn-model challenger vs champion"],
      ["evaluation-4", "llm-eval: support-answer"],
    ]);
    expect([...html.matchAll(/<section id="(evaluation-\d+)"/g)].map((m) => m[1])).toEqual([
      "evaluation-1",
      "evaluation-2",
      "evaluation-3",
      "evaluation-4",
    ]);
  });

  it("shows checks with inconclusive as insufficient data", () => {
    expect(html).toContain(
      '<tr class="check inconclusive"><td class="badge">❔ insufficient data</td><td>No drift in tenure</td>',
    );
  });

  it("draws an accessible SVG chart per chart detail and a forest plot per set of baselines", () => {
    const svgs = charts(html);
    expect(svgs).toHaveLength(4);
    expect(svgs.map((svg) => /<title>([^<]*)<\/title>/.exec(svg)![1])).toEqual([
      "Drift by column (PSI)",
      "Change against the baseline",
      "AUC per backtest window",
      "Change against the baseline",
    ]);
    for (const svg of svgs) {
      expect(svg).toMatch(
        /^<svg class="chart" xmlns="http:\/\/www\.w3\.org\/2000\/svg" role="img" aria-label="[^"]+"/,
      );
      expect(svg).toMatch(/class="mark /);
    }
  });

  it("marks the bars over the threshold and draws the threshold", () => {
    const bar = charts(html)[0]!;
    expect(bar.match(/class="mark bar"/g)).toHaveLength(3);
    expect(bar.match(/class="mark bar over"/g)).toHaveLength(1);
    expect(bar).toContain("threshold 0.2");
    expect(bar).toContain(
      'aria-label="Bar chart: Drift by column (PSI). 4 bars, 1 above the threshold 0.2, in PSI"',
    );
  });

  it("breaks a line where a value is missing and labels each series", () => {
    const line = charts(html)[2]!;
    const paths = [...line.matchAll(/<path class="mark line (s\d)" d="([^"]*)"/g)].map((m) => [
      m[1],
      m[2]!.split("M").length - 1,
    ]);
    expect(paths).toEqual([
      ["s0", 1],
      ["s1", 2],
    ]);
    expect(line).toContain(">champion 1.3.2</text>");
    expect(line).toContain(">challenger 1.4.0</text>");
  });

  it("plots each delta with its interval, coloured by direction, the gated failure first and noise grey", () => {
    const forest = charts(html)[1]!;
    expect(forest.match(/class="mark point [\w ]+"/g)).toEqual([
      'class="mark point worse"',
      'class="mark point better"',
      'class="mark point unclear noise"',
      'class="mark point worse"',
    ]);
    expect(forest.match(/class="mark ci /g)).toHaveLength(2);
    expect(forest).toContain("+0.011 [+0.004, +0.018]");
  });

  it("keeps the text detail preformatted and the footer linked", () => {
    expect(html).toContain("<pre>The answer refuses.\nIt should offer a refund.</pre>");
    expect(text(html)).toContain("Generated 2024-05-01T10:10:00Z commit 3f2a9c1 workflow run full report");
  });

  it("says clearly when there are no results", () => {
    const empty = renderHtml([], {});
    expect(empty).toContain('<header class="verdict none">');
    expect(text(empty)).toContain("❔ mlops report: No evaluation results were found");
  });
});

describe("renderHtml views", () => {
  const html = renderHtml([dataViews, backtestViews, llmViews], {});

  it("draws each view in a figure named by its kind, in the producer's order", () => {
    const figures = [...html.matchAll(/<figure class="([\w-]+)">\n<figcaption>([^<]*)<\/figcaption>/g)].map(
      (m) => [m[1], m[2]],
    );
    expect(figures).toEqual([
      ["text-diff", "Prompt diff"],
      ["case-comparison", "Outputs, base v1 against PR v2"],
      ["distribution", "humidity"],
      ["distribution", "wind_dir"],
      ["xy-chart", "ROC curve"],
      ["xy-chart", "Precision–recall curve"],
      ["xy-chart", "Calibration (reliability diagram)"],
      ["confusion-matrix", "Confusion matrix at threshold 0.5"],
    ]);
    expect(charts(html)).toHaveLength(6);
  });

  it("leaves the views out of the Markdown, which has no room to draw them", () => {
    const markdown = renderMarkdown([dataViews, backtestViews, llmViews], { flavor: "comment" });
    for (const title of ["humidity", "ROC curve", "Prompt diff", "Outputs, base v1", "No data to show"])
      expect(markdown).not.toContain(title);
  });
});

describe("renderHtml with hostile content", () => {
  const html = renderHtml([hostile], {
    reportUrl: "javascript:alert(1)",
    runUrl: "https://x.test/?a=1&b=<2>",
  });

  it("renders no element from the data", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;");
    expect(html).toContain("&amp;lt;");
  });

  it("keeps every tag and attribute well formed", () => {
    for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
      expect(tag).toMatch(/^<[a-z][a-z0-9-]*(\s+[a-z][a-z0-9:-]*(="[^"<>]*")?)*\s*\/?>$/i);
    }
  });

  it("links only to safe addresses", () => {
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain("full report: javascript:alert(1)");
    expect(html).toContain('<a href="https://x.test/?a=1&amp;b=%3C2%3E">workflow run</a>');
  });
});

describe("control characters", () => {
  it("reach neither the HTML nor the Markdown report", () => {
    const envelope = { ...llmEval, summary: "nul\u0000 esc\u001b[31m bell\u0007 csi\u009b keep\ttab\nline" };
    for (const output of [
      renderHtml([envelope], OPTIONS),
      renderMarkdown([envelope], { flavor: "summary" }),
    ]) {
      expect(output).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
      expect(output).toMatch(/nul esc(\[|&#91;)31m bell csi keep/);
    }
  });
});
