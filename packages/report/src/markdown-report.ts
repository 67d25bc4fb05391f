import type { Detail, Envelope } from "@mlops/core";
import { MAX_SERIES } from "./chart-limits.ts";
import { stripControlCharacters } from "./control-characters.ts";
import { escapeMarkdown } from "./escape-markdown.ts";
import { formatNumber, plural } from "./format.ts";
import { preformattedText } from "./preformatted-text.ts";
import {
  buildReportModel,
  type DetailModel,
  type Limits,
  type Link,
  type MetricRow,
  type ReportModel,
  type ReportOptions,
  type TableView,
} from "./report-model.ts";
import { dropEmptyColumns } from "./table-columns.ts";
import { markdownTemplate } from "./template-engine.ts";
import { MARKDOWN_REPORT_SPEC } from "./templates/precompiled.ts";
import { textForestPlot } from "./text-forest-plot.ts";

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
  const limits = MARKDOWN_LIMITS[options.flavor];
  return stripControlCharacters(template(markdownView(buildReportModel(envelopes, options, limits), limits)));
}

/** Short values (numbers with their interval, status words) up to this length never wrap inside a cell. */
const UNBROKEN = 32;

/**
 * Spaces become no-break spaces, so a narrow column wraps between cells' values rather than inside
 * "0.912 [0.901, 0.923]" or "insufficient data"; long text is left free to wrap between its words.
 */
function unbroken(text: string): string {
  return [...text].length <= UNBROKEN ? text.replace(/ /g, "\u00a0") : text;
}

function markdownView(model: ReportModel, limits: Limits) {
  const { shown, more } = model.decisive;
  return {
    ...model,
    attention: model.attention.map(withLabel),
    decisivePlot: shown.length > 0 ? preformattedText(textForestPlot(shown, more)) : null,
    sections: model.sections.map((section) => ({
      ...section,
      metrics: section.metrics.map(metricView),
      attention: section.attention.map(withLabel),
      passing: section.passing.map(withLabel),
      details: section.details
        .filter((detail) => !HTML_ONLY.has(detail.source.type))
        .map((detail) => detailView(detail, limits)),
    })),
    footer: footer(model.footer),
  };
}

/** The status glyph and its word as one unbreakable cell. */
function withLabel<R extends { icon: string; word: string }>(row: R): R & { label: string } {
  return { ...row, label: unbroken(`${row.icon} ${row.word}`) };
}

function metricView(row: MetricRow): MetricRow {
  return {
    ...row,
    value: unbroken(row.value),
    baseline: unbroken(row.baseline),
    delta: unbroken(row.delta),
    deltaLabel: unbroken(row.deltaLabel),
  };
}

/**
 * Views that only mean something drawn (distributions, curves, matrices, side-by-side outputs and the
 * prompt diff): the comment leaves them to the HTML report rather than post their numbers.
 */
const HTML_ONLY = new Set<Detail["type"]>([
  "distribution",
  "xy-chart",
  "confusion-matrix",
  "text-diff",
  "case-comparison",
]);

function detailView(detail: DetailModel, limits: Limits) {
  return {
    title: detail.title,
    table: detail.table,
    text: detail.text === null ? null : preformattedText(detail.text),
    chart: chartTable(detail.source, limits),
  };
}

/**
 * A comment has no room for charts that do not decide anything: a chart's numbers are folded away as a
 * table, and the HTML report draws it.
 */
function chartTable(source: Detail, limits: Limits): (TableView & { notes: string[] }) | null {
  const cell = (value: number | null | undefined) => formatNumber(value ?? null);
  if (source.type === "bar-chart") {
    const rows = source.labels.slice(0, limits.rows).map((label, i) => [label, cell(source.values[i])]);
    const notes = source.threshold === undefined ? [] : [`threshold ${formatNumber(source.threshold)}`];
    return {
      ...dropEmptyColumns({ columns: ["", source.unit ?? "value"], rows }),
      more: Math.max(0, source.labels.length - limits.rows),
      notes,
    };
  }
  if (source.type === "line-chart") {
    const series = source.series.slice(0, MAX_SERIES);
    const rows = source.labels
      .slice(0, limits.rows)
      .map((label, i) => [label, ...series.map((s) => cell(s.values[i]))]);
    const notes = source.unit ? [`values in ${source.unit}`] : [];
    const omitted = source.series.length - series.length;
    if (omitted > 0) notes.push(`${plural(omitted, "more series", "more series")} in the full report`);
    return {
      ...dropEmptyColumns({ columns: ["", ...series.map((s) => s.name)], rows }),
      more: Math.max(0, source.labels.length - limits.rows),
      notes,
    };
  }
  return null;
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
