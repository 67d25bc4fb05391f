import type { Detail, Envelope } from "@mlops/core";
import { stripControlCharacters } from "./control-characters.ts";
import { caseComparisonHtml } from "./html-case-comparison.ts";
import { textDiffHtml } from "./html-text-diff.ts";
import {
  buildReportModel,
  type DetailModel,
  type Limits,
  type ReportModel,
  type ReportOptions,
} from "./report-model.ts";
import { barChartSvg } from "./svg-bar-chart.ts";
import { confusionMatrixSvg } from "./svg-confusion-matrix.ts";
import { distributionSvg } from "./svg-distribution.ts";
import { forestPlotSvg } from "./svg-forest-plot.ts";
import { lineChartSvg } from "./svg-line-chart.ts";
import { xyChartSvg } from "./svg-xy-chart.ts";
import { htmlTemplate } from "./template-engine.ts";
import { HTML_STYLE } from "./templates/html-style.ts";
import { HTML_REPORT_SPEC } from "./templates/precompiled.ts";

/** The HTML report is the full record, so it shows far more than the Markdown, within a file a browser opens quickly. */
export const HTML_LIMITS: Limits = { examples: 100, rows: 5000 };

const template = htmlTemplate<ReturnType<typeof htmlView>>(HTML_REPORT_SPEC);

/** One self-contained file: inline CSS and SVG, no scripts, no external requests. */
export function renderHtml(envelopes: readonly Envelope[], options: ReportOptions): string {
  return stripControlCharacters(template(htmlView(buildReportModel(envelopes, options, HTML_LIMITS))));
}

function htmlView(model: ReportModel) {
  return {
    ...model,
    style: HTML_STYLE,
    verdictClass: model.empty ? "none" : model.status,
    sections: model.sections.map((section, s) => ({
      ...section,
      forestPlot: section.deltas.length > 0 ? forestPlotSvg(section.deltas) : null,
      details: section.details.map((detail, d) => detailView(detail, `${s + 1}-${d + 1}`)),
    })),
  };
}

type Drawing<Type extends Detail["type"]> = (detail: Extract<Detail, { type: Type }>, key: string) => string;

/**
 * How each kind of detail is drawn: an SVG chart, or HTML built from escaped parts. Tables and text
 * have no drawing; the template lays them out.
 */
const DRAWINGS: { [Type in Detail["type"]]?: Drawing<Type> } = {
  "bar-chart": barChartSvg,
  "line-chart": lineChartSvg,
  distribution: distributionSvg,
  "xy-chart": xyChartSvg,
  "confusion-matrix": confusionMatrixSvg,
  "text-diff": textDiffHtml,
  "case-comparison": (detail, key) => caseComparisonHtml(detail, key, HTML_LIMITS.examples),
};

function detailView(detail: DetailModel, key: string) {
  const draw = DRAWINGS[detail.source.type] as Drawing<Detail["type"]> | undefined;
  return {
    title: detail.title,
    kind: detail.source.type,
    table: detail.table,
    text: detail.text,
    drawing: draw ? draw(detail.source, key) : null,
  };
}
