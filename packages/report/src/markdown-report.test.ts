import { SECTION_SEPARATOR } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown-report.ts";
import {
  backtest,
  dataValidation,
  errored,
  hostile,
  llmEval,
  PAYLOAD,
  regressedLlmEval,
} from "./test-envelopes.ts";

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

/** Every column of every table has something in at least one row. */
function expectNoEmptyColumns(markdown: string) {
  for (const table of tables(markdown)) {
    const cells = table.slice(2).map((row) =>
      row
        .split("|")
        .slice(1, -1)
        .map((cell) => visible(cell).trim()),
    );
    if (cells.length === 0) continue;
    cells[0]!.forEach((_, i) => {
      expect(
        cells.some((row) => row[i] !== "" && row[i] !== "—"),
        `column ${i + 1} of ${table[0]}`,
      ).toBe(true);
    });
  }
}

/** The lines before the first evaluation: what a reader sees without unfolding anything. */
function firstScreen(markdown: string): string[] {
  return markdown.slice(0, markdown.indexOf(SECTION_SEPARATOR)).trimEnd().split("\n");
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
  const failing = renderMarkdown([llmEval, backtest, dataValidation, errored, regressedLlmEval], {
    ...OPTIONS,
    flavor: "comment",
  });

  it("starts with the verdict", () => {
    expect(markdown.split("\n")[0]).toBe(
      "## 🛑 mlops report: 1 of 4 evaluations errored; 1 required gate failed, 1 had insufficient data in 1 of 4 evaluations; 2 warnings",
    );
  });

  it("fits the verdict, every blocking item and the deciding changes in the first 40 lines", () => {
    const screen = firstScreen(failing);
    expect(screen.length).toBeLessThanOrEqual(40);
    expect(screen[0]).toMatch(/^## 🛑 mlops report: 1 of 5 evaluations errored; 2 required gates failed/);
    const rows = tables(screen.join("\n"))[0]!.map(visible);
    expect(rows.slice(0, 6)).toEqual([
      "| Status | Evaluation | Check | Observed | Expected |",
      "| --- | --- | --- | --- | --- |",
      "| 🛑\u00a0error | bias: churn-model | the evaluation did not complete | The scorer at http://localhost:8080 did not answer |  |",
      "| ❌\u00a0fail | Data validation: churn training set | income is never missing | 593 | 0 |",
      "| ❔\u00a0insufficient\u00a0data | Data validation: churn training set | No drift in tenure | n=12 | n ≥ 100 |",
      "| ❌\u00a0fail | LLM eval: support-answer v8 | pass rate no worse than v7 | −14 pp [−24, −4] | Δ ≥ −2 pp |",
    ]);
    // Warnings come after every blocking item.
    expect(rows.slice(6).every((row) => row.includes("⚠️\u00a0warning"))).toBe(true);
    const plot = visible(screen.join("\n").split("<pre>")[1]!.split("</pre>")[0]!).split("\n");
    expect(plot.slice(1, 6).map((row) => row.slice(0, 22).trim())).toEqual([
      "pass rate",
      "p95 latency",
      "p95 latency",
      "auc",
      "hallucination rate",
    ]);
    expect(plot[1]).toContain("−14 pp [−24, −4]  worse · gate fail · LLM eval: support-answer v8");
    expect(plot[5]).toContain("+2 pp [−3, +7]  noise · gate pass");
    expect(plot.at(-1)).toBe("… 1 more gated change in the evaluations below");
  });

  it("fits the first screen of a passing report too, and says so when nothing needs attention", () => {
    const passing = renderMarkdown([llmEval], { flavor: "comment" });
    const screen = firstScreen(passing);
    expect(screen[0]).toBe("## ✅ mlops report: All gates passed");
    expect(screen.length).toBeLessThanOrEqual(40);
    expect(tables(screen.join("\n"))).toEqual([]);
  });

  it("folds every evaluation in a <details> whose summary gives its status in a word and its headline", () => {
    const summaries = sectionsOf(failing)
      .slice(1, 6)
      .map((section) => visible(section.trimStart().split("\n")[0]!));
    expect(summaries).toEqual([
      "<details><summary>🛑 error · bias: churn-model — The scorer at http://localhost:8080 did not answer</summary>",
      "<details><summary>❌ fail · Data validation: churn training set — 2 of 46 checks need attention</summary>",
      "<details><summary>❌ fail · LLM eval: support-answer v8 — 41 of 50 cases passed</summary>",
      "<details><summary>⚠️ warning · Backtest: churn-model challenger vs champion — AUC up 0.011 (significant); log loss within noise</summary>",
      "<details><summary>✅ pass · llm-eval: support-answer — 48 of 50 cases passed</summary>",
    ]);
    for (const section of sectionsOf(failing).slice(1, 6))
      expect(section.trimEnd().endsWith("</details>")).toBe(true);
  });

  it("separates evaluations by exactly the boundary line, outside any <details>", () => {
    const lines = markdown.split("\n");
    const boundaries = lines.flatMap((line, i) => (line.includes(SECTION_SEPARATOR) ? [i] : []));
    expect(boundaries).toHaveLength(5);
    for (const i of boundaries) {
      expect(lines[i]).toBe(SECTION_SEPARATOR);
      expect(lines[i - 1]).toBe("");
      expect(lines[i + 1]).toBe("");
      const before = lines.slice(0, i).join("\n");
      expect(before.split("<details>").length).toBe(before.split("</details>").length);
    }
  });

  it("closes every collapsible block and code fence within its section", () => {
    for (const section of sectionsOf(failing)) {
      expect(section.split("<details>").length).toBe(section.split("</details>").length);
      expect((section.match(/^```/gm) ?? []).length % 2).toBe(0);
      // Markdown inside <details> renders only after a blank line.
      for (const match of section.matchAll(/<\/summary>\n(.?)/g)) expect(match[1]).toBe("");
    }
  });

  it("keeps every table's columns and leaves out columns with nothing in them", () => {
    expectWellFormedTables(failing);
    expectNoEmptyColumns(failing);
    const data = sectionsOf(failing)[2]!;
    expect(data).toContain("| Metric | Value | n |");
    expect(data).toContain("| Status | Check | Severity | Observed | Expected | Message |");
    expect(sectionsOf(failing)[4]).toContain("| Status | Check | Severity | Observed | Expected |\n");
  });

  it("never shows a glyph without its word, and a failure that only warns as a warning", () => {
    for (const text of [markdown, failing]) {
      expect(text).not.toMatch(/⚠️\s*fail/);
      for (const match of text.matchAll(/(✅|❌|⚠️|🛑|❔|⏭️|🟢|🔴|⚪)[ \u00a0](\S*)/g))
        expect(match[2], match[0]).toMatch(/^(\d|[a-z])/);
    }
  });

  it("shows the error with what to do", () => {
    const section = sectionsOf(markdown)[1]!;
    expect(section).toContain(
      "> [!CAUTION]\n> **Error:** The scorer at http:&#8203;//localhost:8080 did not answer\n>\n",
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
      "| ❌\u00a0fail | income is never missing | required | 593 | 0 | 593 rows have no income |",
      "| ⚠️\u00a0warning | age in [18, 120]<br><sub>data/train.csv:812</sub> | warning | 3 | 0 | 3 rows out of range |",
      "| ❔\u00a0insufficient\u00a0data | No drift in tenure | required | n=12 | n ≥ 100 | Too few rows in the current window to test for drift |",
    ]);
    expect(section).toContain("<details><summary>✅ 41 passed, 1 skipped</summary>");
    expect(section).not.toMatch(/✅ pass \| No drift/);
  });

  it("collapses failing examples, capped in a comment, naming missing values", () => {
    const section = sectionsOf(markdown)[2]!;
    expect(section).toContain(
      "<details><summary>❌ fail · failing examples: income is never missing (5 of 12)</summary>",
    );
    expect(section).toContain("| row | income | region |\n| --- | --- | --- |\n| 100 | (missing) | north |");
    expect(section).toContain("… 7 more examples");
    const summary = renderMarkdown([dataValidation], { flavor: "summary" });
    expect(summary).toContain(
      "<details><summary>❌ fail · failing examples: income is never missing (12)</summary>",
    );
  });

  it("shows metrics with intervals, baselines and whether the change is better, worse or noise", () => {
    const section = sectionsOf(markdown)[3]!;
    expect(rowOf(section, "| auc |")).toBe(
      "| auc | 0.912\u00a0[0.901,\u00a00.923] | 0.901\u00a0[0.889,\u00a00.912]<br><sub>champion 1.3.2</sub> | +0.011\u00a0[+0.004,\u00a0+0.018] 🟢\u00a0better | 12,000 |",
    );
    expect(rowOf(section, "| log loss |")).toBe(
      "| log loss | 0.281 | 0.279 | +0.002\u00a0[−0.003,\u00a0+0.007] ⚪\u00a0noise | 12,000 |",
    );
    expect(rowOf(section, "| p95 latency |")).toBe(
      "| p95 latency | 41.5\u00a0ms | 38\u00a0ms | +3.5\u00a0ms 🔴\u00a0worse | — |",
    );
    expect(rowOf(section, "| recall |")).toBe("| recall | 74% | 77% | −3\u00a0pp 🔴\u00a0worse | — |");
    expect(visible(section)).toContain("Intervals: 95% (paired bootstrap, 2000 resamples) confidence");
    expect(visible(section)).toContain("noise: the interval includes 0");
  });

  it("says why a metric has no value", () => {
    const section = sectionsOf(markdown).find((s) => s.includes("| judge cost |"))!;
    expect(rowOf(section, "| judge cost |")).toBe("| judge cost | — | — | — | — |");
    expect(visible(section)).toContain(
      "judge cost: not computed — no price for in-house-judge: set price on the provider",
    );
  });

  it("draws no chart in Markdown: a chart's numbers are folded as a table, the HTML report draws it", () => {
    expect(markdown).not.toContain("```");
    const data = sectionsOf(markdown)[2]!;
    expect(data).toContain(
      "<details><summary>Drift by column (PSI) (drawn in the full report)</summary>\n\n|  | PSI |\n| --- | --- |\n| age | 0.02 |",
    );
    expect(data).toContain("<sub>threshold 0.2</sub>");
    const backtestSection = sectionsOf(markdown)[3]!;
    expect(backtestSection).toContain("|  | champion 1.3.2 | challenger 1.4.0 |");
    expect(backtestSection).toContain("| 2024-03 | 0.904 | — |");
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

  it("renders no HTML from the data", () => {
    expect(markdown).not.toMatch(/<script/i);
    const tags = [...markdown.matchAll(/<\/?([a-z!][a-z0-9-]*)/gi)].map((m) => m[1]!.toLowerCase());
    expect(new Set(tags)).toEqual(new Set(["details", "summary", "sub", "br", "pre", "!--"]));
  });

  it("mentions nobody and links no issue", () => {
    expect(markdown).not.toMatch(/@(?!&#8203;)/);
    expect(markdown).not.toMatch(/(?<!&)#\d/);
  });

  it("keeps every table's columns", () => {
    expectWellFormedTables(markdown);
  });

  it("opens no code span or fence of its own", () => {
    expect(markdown).not.toContain("`");
    expect(markdown).not.toContain("~~~");
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
