import type { Envelope } from "@mlops/core";
import { stripControlCharacters } from "./control-characters.ts";
import {
  buildReportModel,
  type DetailModel,
  type Limits,
  type ReportModel,
  type ReportOptions,
} from "./report-model.ts";
import { barChartSvg } from "./svg-bar-chart.ts";
import { forestPlotSvg } from "./svg-forest-plot.ts";
import { lineChartSvg } from "./svg-line-chart.ts";
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
    sections: model.sections.map((section) => ({
      ...section,
      forestPlot: section.deltas.length > 0 ? forestPlotSvg(section.deltas) : null,
      details: section.details.map(detailView),
    })),
  };
}

function detailView(detail: DetailModel) {
  const { source } = detail;
  return {
    title: detail.title,
    table: detail.table,
    text: detail.text,
    chart:
      source.type === "bar-chart"
        ? barChartSvg(source)
        : source.type === "line-chart"
          ? lineChartSvg(source)
          : null,
  };
}
