import type { Envelope } from "@mlops/core";
import { stripControlCharacters } from "./control-characters.ts";
import { escapeMarkdown } from "./escape-markdown.ts";
import { barChartMermaid, deltaChartMermaid, lineChartMermaid } from "./mermaid-chart.ts";
import { preformattedText } from "./preformatted-text.ts";
import {
  buildReportModel,
  type DetailModel,
  type Limits,
  type Link,
  type ReportModel,
  type ReportOptions,
} from "./report-model.ts";
import { markdownTemplate } from "./template-engine.ts";
import { MARKDOWN_REPORT_SPEC } from "./templates/precompiled.ts";

export type MarkdownFlavor = "comment" | "summary";

/**
 * A PR comment must stay under GitHub's 65,536 characters and be read at a glance, so it shows few
 * examples and rows; the job summary (1 MiB) shows more. Both point to the HTML report for the rest.
 */
export const MARKDOWN_LIMITS: Record<MarkdownFlavor, Limits> = {
  comment: { examples: 5, rows: 50 },
  summary: { examples: 20, rows: 500 },
};

const template = markdownTemplate<ReturnType<typeof markdownView>>(MARKDOWN_REPORT_SPEC);

export function renderMarkdown(
  envelopes: readonly Envelope[],
  options: ReportOptions & { flavor: MarkdownFlavor },
): string {
  return stripControlCharacters(
    template(markdownView(buildReportModel(envelopes, options, MARKDOWN_LIMITS[options.flavor]))),
  );
}

function markdownView(model: ReportModel) {
  return {
    ...model,
    sections: model.sections.map((section) => ({
      ...section,
      deltaChart: deltaChartMermaid(section.deltas),
      details: section.details.map(detailView),
    })),
    footer: footer(model.footer),
  };
}

function detailView(detail: DetailModel) {
  const { source } = detail;
  return {
    title: detail.title,
    table: detail.table,
    text: detail.text === null ? null : preformattedText(detail.text),
    chart:
      source.type === "bar-chart"
        ? barChartMermaid(source)
        : source.type === "line-chart"
          ? lineChartMermaid(source)
          : null,
  };
}

function link(target: Link): string {
  if (target.url) return `[${escapeMarkdown(target.text)}](${target.url})`;
  return `${escapeMarkdown(target.text)}: ${escapeMarkdown(target.raw)}`;
}

function footer(parts: ReportModel["footer"]): string | null {
  const pieces: string[] = [];
  if (parts.generatedAt) pieces.push(`Generated ${escapeMarkdown(parts.generatedAt)}`);
  if (parts.commit) pieces.push(`commit ${escapeMarkdown(parts.commit)}`);
  if (parts.run) pieces.push(link(parts.run));
  if (parts.report) pieces.push(link(parts.report));
  return pieces.length > 0 ? pieces.join(" · ") : null;
}
