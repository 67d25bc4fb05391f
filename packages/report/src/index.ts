export { escapeHtml } from "./escape-html.ts";
export { escapeMarkdown } from "./escape-markdown.ts";
export { renderHtml } from "./html-report.ts";
export { type MarkdownFlavor, renderMarkdown } from "./markdown-report.ts";
export { metricsForestPlot } from "./metrics-forest-plot.ts";
export type { ReportOptions } from "./report-model.ts";
export { overallStatus } from "./verdict.ts";
