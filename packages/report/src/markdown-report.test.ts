import { SECTION_SEPARATOR } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown-report.ts";
import { backtest, dataValidation, errored, hostile, llmEval, PAYLOAD } from "./test-envelopes.ts";
import { mermaidBlocks, parseXychart } from "./xychart-parser.ts";

const OPTIONS = {
  generatedAt: "2024-05-01T10:10:00Z",
  commitSha: "3f2a9c1d4e5b6a7980112233445566778899aabb",
  runUrl: "https://github.com/acme/churn/actions/runs/42",
  reportUrl: "https://github.com/acme/churn/actions/runs/42/artifacts/7",
};

/** The text a reader sees: character references decoded once, zero-width spaces gone. */
function visible(markdown: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"' };
  return markdown
    .replace(/&(#\d+|amp|lt|gt|quot);/g, (_m, ref: string) =>
      ref.startsWith("#") ? String.fromCodePoint(Number(ref.slice(1))) : named[ref]!,
    )
    .replace(/\u200b/g, "");
}

/** Consecutive lines starting with `|`, i.e. the Markdown tables. */
function tables(markdown: string): string[][] {
  const found: string[][] = [];
  let current: string[] = [];
  for (const line of [...markdown.split("\n"), ""]) {
    if (line.startsWith("|")) current.push(line);
    else if (current.length > 0) {
      found.push(current);
      current = [];
    }
  }
  return found;
}

function expectWellFormedTables(markdown: string) {
  const all = tables(markdown);
  expect(all.length).toBeGreaterThan(0);
  for (const table of all) {
    const columns = table[0]!.split("|").length;
    expect(table[1]).toMatch(/^\|( -{3,}:? \|)+$/);
    for (const row of table) expect(row.split("|"), row).toHaveLength(columns);
  }
}

function sectionsOf(markdown: string): string[] {
  return markdown.split(`\n${SECTION_SEPARATOR}\n`);
}

function rowOf(markdown: string, start: string): string {
  const row = markdown.split("\n").find((line) => line.startsWith(start));
  expect(row, start).toBeDefined();
  return visible(row!);
}

describe("renderMarkdown", () => {
  const markdown = renderMarkdown([llmEval, backtest, dataValidation, errored], {
    ...OPTIONS,
    flavor: "comment",
  });

  it("starts with the verdict", () => {
    expect(markdown.split("\n")[0]).toBe(
      "## 🛑 mlops report: 1 of 4 evaluations errored; 1 required gate failed, 1 had insufficient data in 1 of 4 evaluations; 2 warnings",
    );
  });

  it("lists every evaluation in the verdict table, worst first, with its counts", () => {
    const rows = tables(markdown)[0]!
      .slice(2)
      .map((row) => visible(row));
    expect(rows).toEqual([
      "| 🛑 error | bias: churn-model | churn-model@1.4.0 | 0 | 0 | 0 | The scorer at http://localhost:8080 did not answer |",
      "| ❌ fail | Data validation: churn training set | churn-train@2024-05-01<br><sub>sha256:ab12ab12ab12</sub> | 1 | 1 | 1 | 2 of 46 checks need attention |",
      "| ⚠️ warn | Backtest: churn-model challenger vs champion | churn-model@1.4.0<br><sub>sha256:9f8e9f8e9f8e</sub> | 0 | 1 | 0 | AUC up 0.011 (significant); log loss within noise |",
      "| ✅ pass | llm-eval: support-answer | support-answer@v7 | 0 | 0 | 0 | 48 of 50 cases passed |",
    ]);
  });

  it("gives each evaluation its own section, in the same order, separated by exactly the boundary line", () => {
    const lines = markdown.split("\n");
    const boundaries = lines.flatMap((line, i) => (line.includes(SECTION_SEPARATOR) ? [i] : []));
    expect(boundaries).toHaveLength(5);
    for (const i of boundaries) {
      expect(lines[i]).toBe(SECTION_SEPARATOR);
      expect(lines[i - 1]).toBe("");
      expect(lines[i + 1]).toBe("");
    }
    const headings = sectionsOf(markdown)
      .slice(1, 5)
      .map((section) => section.trimStart().split("\n")[0]);
    expect(headings).toEqual([
      "### 🛑 bias: churn-model",
      "### ❌ Data validation: churn training set",
      "### ⚠️ Backtest: churn-model challenger vs champion",
      "### ✅ llm-eval: support-answer",
    ]);
  });

  it("closes every collapsible block and code fence within its section", () => {
    for (const section of sectionsOf(markdown)) {
      expect(section.split("<details>").length).toBe(section.split("</details>").length);
      expect((section.match(/^```/gm) ?? []).length % 2).toBe(0);
      // Markdown inside <details> renders only after a blank line.
      for (const match of section.matchAll(/<\/summary>\n(.?)/g)) expect(match[1]).toBe("");
    }
  });

  it("keeps every table's columns", () => {
    expectWellFormedTables(markdown);
  });

  it("shows the error with what to do", () => {
    const section = sectionsOf(markdown)[1]!;
    expect(section).toContain(
      "> [!CAUTION]\n> **Error:** The scorer at http://localhost:8080 did not answer\n>\n",
    );
    expect(section).toContain("> **What to do:** Start the model server or set scorer.url in mlops.yml");
  });

  it("lists checks that need attention first and calls inconclusive insufficient data", () => {
    const section = sectionsOf(markdown)[2]!;
    const rows = tables(section)
      .find((table) => table[0]!.startsWith("| Status | Check"))!
      .slice(2)
      .map(visible);
    expect(rows).toEqual([
      "| ❌ fail | income is never missing | required | 593 | 0 | 593 rows have no income |",
      "| ⚠️ fail | age in [18, 120]<br><sub>data/train.csv:812</sub> | warning | 3 | 0 | 3 rows out of range |",
      "| ❔ insufficient data | No drift in tenure | required | n=12 | n ≥ 100 | Too few rows in the current window to test for drift |",
    ]);
    expect(section).toContain("<details><summary>✅ 41 passed, 1 skipped</summary>");
    expect(section).not.toMatch(/✅ pass \| No drift/);
  });

  it("collapses failing examples, capped in a comment", () => {
    const section = sectionsOf(markdown)[2]!;
    expect(section).toContain(
      "<details><summary>❌ Failing examples: income is never missing (5 of 12)</summary>",
    );
    expect(section).toContain("… 7 more examples");
    const summary = renderMarkdown([dataValidation], { flavor: "summary" });
    expect(summary).toContain(
      "<details><summary>❌ Failing examples: income is never missing (12)</summary>",
    );
  });

  it("shows metrics with intervals, baselines and whether the change is better or worse", () => {
    const section = sectionsOf(markdown)[3]!;
    expect(rowOf(section, "| auc |")).toBe(
      "| auc | 0.912 [0.901, 0.923] | 0.901 [0.889, 0.912]<br><sub>champion 1.3.2</sub> | 🟢 ▲ +0.011 [+0.004, +0.018] | 12,000 |",
    );
    expect(rowOf(section, "| log loss |")).toBe(
      "| log loss | 0.281 | 0.279 | ⚪ ▲ +0.002 [−0.003, +0.007] | 12,000 |",
    );
    expect(rowOf(section, "| p95 latency |")).toBe("| p95 latency | 41.5 ms | 38 ms | 🔴 ▲ +3.5 ms | — |");
    expect(rowOf(section, "| recall |")).toBe("| recall | 74% | 77% | 🔴 ▼ −3 pp | — |");
    expect(visible(section)).toContain("Intervals: 95% (paired bootstrap, 2000 resamples) confidence");
  });

  it("says why a metric has no value", () => {
    const section = sectionsOf(markdown).find((s) => s.includes("| judge cost |"))!;
    expect(rowOf(section, "| judge cost |")).toBe("| judge cost | — | — | — | — |");
    expect(visible(section)).toContain(
      "judge cost: not computed — no price for in-house-judge: set price on the provider",
    );
  });

  it("draws every chart as a well-formed Mermaid xychart", () => {
    const charts = mermaidBlocks(markdown).map(parseXychart);
    expect(charts.map((c) => c.title)).toEqual([
      "Drift by column (PSI)",
      "Change vs baseline",
      "AUC per backtest window",
      "Change vs baseline",
    ]);
    expect(charts[0]!.series.map((s) => s.kind)).toEqual(["bar", "line"]);
    expect(charts[2]!.series).toHaveLength(2);
  });

  it("shows text details collapsed and preformatted", () => {
    expect(markdown).toContain(
      "<details><summary>Judge rationale for refund-3</summary>\n\n<pre>The answer refuses.\nIt should offer a refund.</pre>\n\n</details>",
    );
  });

  it("lists lineage and artifacts with short digests", () => {
    const section = sectionsOf(markdown)[3]!;
    expect(section).toContain("<details><summary>Lineage and artifacts</summary>");
    expect(visible(rowOf(section, "| commit |"))).toBe("| commit | 3f2a9c1 (uncommitted changes) |");
    expect(rowOf(section, "| workflow run |")).toBe(
      "| workflow run | [https://github.com/acme/churn/actions/runs/42](https://github.com/acme/churn/actions/runs/42) |",
    );
    expect(rowOf(section, "| predictions |")).toBe(
      "| predictions | out/predictions.parquet | sha256:0a1b0a1b0a1b | 3.2 MiB |",
    );
  });

  it("ends with a footer in a section of its own", () => {
    expect(sectionsOf(markdown).at(-1)).toBe(
      "\n<sub>Generated 2024-05-01T10:10:00Z · commit 3f2a9c1 · [workflow run](https://github.com/acme/churn/actions/runs/42) · [full report](https://github.com/acme/churn/actions/runs/42/artifacts/7)</sub>\n",
    );
  });

  it("says clearly when there are no results, without calling it a pass", () => {
    const empty = renderMarkdown([], { flavor: "comment" });
    expect(empty.split("\n")[0]).toBe("## ❔ mlops report: No evaluation results were found");
    expect(empty).not.toContain("✅");
    expect(empty).not.toContain(SECTION_SEPARATOR);
  });

  it("caps long tables harder in a comment than in a summary", () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`row ${i}`, i]);
    const big = {
      ...llmEval,
      details: [{ type: "table" as const, title: "Per case", columns: ["case", "score"], rows }],
    };
    const comment = renderMarkdown([big], { flavor: "comment" });
    expect(comment).toContain("| row 49 | 49 |");
    expect(comment).not.toContain("| row 50 | 50 |");
    expect(comment).toContain("… 70 more rows");
    const summary = renderMarkdown([big], { flavor: "summary", title: "Nightly" });
    expect(summary).toContain("| row 119 | 119 |");
    expect(summary.split("\n")[0]).toBe("## ✅ Nightly: All gates passed");
  });
});

describe("renderMarkdown with hostile content", () => {
  const markdown = renderMarkdown([hostile], { flavor: "summary" });
  const outsideCharts = markdown.replace(/^```mermaid\n[\s\S]*?\n```$/gm, "");

  it("renders no HTML from the data", () => {
    expect(markdown).not.toMatch(/<script/i);
    const tags = [...markdown.matchAll(/<\/?([a-z!][a-z0-9-]*)/gi)].map((m) => m[1]!.toLowerCase());
    expect(new Set(tags)).toEqual(new Set(["details", "summary", "sub", "br", "pre", "!--"]));
  });

  it("mentions nobody and links no issue", () => {
    expect(markdown).not.toMatch(/@(?!&#8203;)/);
    expect(outsideCharts).not.toMatch(/(?<!&)#\d/);
  });

  it("keeps every table's columns", () => {
    expectWellFormedTables(markdown);
  });

  it("opens no code span or fence of its own", () => {
    expect(mermaidBlocks(markdown)).toHaveLength(3);
    for (const block of mermaidBlocks(markdown)) parseXychart(block);
    expect(outsideCharts).not.toContain("`");
    expect(outsideCharts).not.toContain("~~~");
  });

  it("injects no link, image, emphasis or math", () => {
    expect(markdown).not.toContain("](");
    expect(markdown).not.toContain("![");
    for (const injected of ["*em*", "_u_", "~s~", "$x$"]) expect(markdown).not.toContain(injected);
  });

  it("shows entities in the data as typed, and keeps line breaks inside their cell or line", () => {
    expect(markdown).toContain("&amp;lt;");
    expect(visible(markdown)).toContain(PAYLOAD.split("\n")[0]);
    // Only preformatted text keeps its own lines.
    const outsidePre = markdown.replace(/<pre>[\s\S]*?<\/pre>/g, "");
    expect(outsidePre.split("\n").some((line) => line.startsWith("second line"))).toBe(false);
  });
});
