export { escapeHtml } from "./escape-html.ts";
export { escapeMarkdown } from "./escape-markdown.ts";
export { renderHtml } from "./html-report.ts";
export { inertHtml, inertMarkdown } from "./inert-text.ts";
export { type MarkdownFlavor, renderMarkdown } from "./markdown-report.ts";
export type { ReportOptions } from "./report-model.ts";
export { overallStatus } from "./verdict.ts";
