import type { Detail } from "@mlops/core";
import { extent, MAX_BARS, MAX_POINTS, reduceBarChart, reduceLineChart } from "./chart-limits.ts";
import { escapeMarkdown } from "./escape-markdown.ts";
import { formatNumber, plural } from "./format.ts";
import type { DeltaPoint } from "./report-model.ts";

/**
 * Mermaid `xychart-beta` blocks for GitHub Markdown. Chart text is not Markdown, so it has its own
 * sanitiser: labels keep only characters that cannot end a quoted string, a statement or the code fence.
 */

type BarDetail = Extract<Detail, { type: "bar-chart" }>;
type LineDetail = Extract<Detail, { type: "line-chart" }>;

/** Colours paired with the emoji squares of the legend, since xychart draws no legend of its own. */
const PALETTE = [
  { color: "#3b82f6", square: "🟦" },
  { color: "#f59e0b", square: "🟧" },
  { color: "#22c55e", square: "🟩" },
  { color: "#ef4444", square: "🟥" },
  { color: "#a855f7", square: "🟪" },
  { color: "#a16207", square: "🟫" },
] as const;

const BLUE = PALETTE[0];
const GREEN = PALETTE[2];
const RED = PALETTE[3];

const LABEL_LENGTH = 40;

/** Text safe inside a quoted xychart string; never empty. */
export function mermaidLabel(text: string, maxLength = LABEL_LENGTH): string {
  const cleaned = text
    .replace(/["`]/g, "'")
    .replace(/[[{]/g, "(")
    .replace(/[\]}]/g, ")")
    .replace(/[^\p{L}\p{N}\p{Zs} .,:+\-/%()'=!?_^]/gu, " ")
    .replace(/%+/g, "%")
    .replace(/\s+/g, " ")
    .trim();
  const short =
    [...cleaned].length > maxLength ? `${[...cleaned].slice(0, maxLength - 1).join("")}…` : cleaned;
  return `"${short || "?"}"`;
}

/** Plain decimal notation: xychart parses neither exponents nor grouping. */
export function mermaidNumber(value: number): string {
  const rounded = Number(value.toPrecision(6));
  const text = String(rounded);
  if (!text.includes("e")) return text;
  return rounded.toFixed(20).replace(/\.?0+$/, "") || "0";
}

function block(lines: string[], colors: readonly string[]): string {
  const init = `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${colors.join(", ")}"}}}}%%`;
  return ["```mermaid", init, "xychart-beta", ...lines.map((line) => `  ${line}`), "```"].join("\n");
}

function axisLabels(labels: readonly string[]): string {
  return `x-axis [${labels.map((label) => mermaidLabel(label, 24)).join(", ")}]`;
}

function list(values: readonly number[]): string {
  return `[${values.map(mermaidNumber).join(", ")}]`;
}

function legend(entries: readonly string[]): string {
  return `<sub>${entries.join(" · ")}</sub>`;
}

function yRange(values: readonly number[]): string {
  const range = extent([0, ...values])!;
  const low = range.min;
  let high = range.max;
  if (high === low) high = low + 1;
  return `${mermaidNumber(low)} --> ${mermaidNumber(high + (high - low) * 0.05)}`;
}

/** Bars from the axis, which starts at zero, and the threshold as a flat line. */
export function barChartMermaid(full: BarDetail): string | null {
  const { detail, notes } = reduceBarChart(full);
  const points = detail.labels.map((label, i) => ({ label, value: detail.values[i]! }));
  if (points.length === 0) return null;
  const values = points.map((p) => p.value);
  const threshold = detail.threshold;
  const lines = [
    `title ${mermaidLabel(detail.title)}`,
    axisLabels(points.map((p) => p.label)),
    `y-axis ${mermaidLabel(detail.unit ?? "value")} ${yRange(threshold === undefined ? values : [...values, threshold])}`,
    `bar ${list(values)}`,
  ];
  const entries = [`${BLUE.square} ${escapeMarkdown(detail.unit ?? "value")}`];
  const colors: string[] = [BLUE.color];
  if (threshold !== undefined) {
    lines.push(`line ${list(points.map(() => threshold))}`);
    entries.push(`${RED.square} threshold ${escapeMarkdown(formatNumber(threshold))}`);
    colors.push(RED.color);
  }
  entries.push(...notes.map(escapeMarkdown));
  return `${block(lines, colors)}\n\n${legend(entries)}`;
}

/** One line per series (at most one per palette colour); points where any series has no value are left out. */
export function lineChartMermaid(full: LineDetail): string | null {
  const { detail, notes } = reduceLineChart(full, MAX_POINTS.markdown);
  const series = detail.series.slice(0, PALETTE.length);
  const kept = detail.labels
    .map((label, i) => ({ label, i }))
    .filter(({ i }) => series.every((s) => typeof s.values[i] === "number" && Number.isFinite(s.values[i])));
  if (series.length === 0 || kept.length === 0) return null;
  const lines = [
    `title ${mermaidLabel(detail.title)}`,
    axisLabels(kept.map((k) => k.label)),
    `y-axis ${mermaidLabel(detail.unit ?? "value")}`,
    ...series.map((s) => `line ${list(kept.map(({ i }) => s.values[i] as number))}`),
  ];
  const entries = series.map((s, i) => `${PALETTE[i]!.square} ${escapeMarkdown(s.name)}`);
  const omittedPoints = detail.labels.length - kept.length;
  if (omittedPoints > 0) entries.push(`${plural(omittedPoints, "point")} without data left out`);
  entries.push(...notes.map(escapeMarkdown));
  const omittedSeries = detail.series.length - series.length;
  if (omittedSeries > 0)
    entries.push(`${plural(omittedSeries, "more series", "more series")} in the full report`);
  return `${block(
    lines,
    PALETTE.slice(0, series.length).map((p) => p.color),
  )}\n\n${legend(entries)}`;
}

/**
 * Size of each metric's change relative to its baseline, coloured by whether it is better or worse.
 * xychart draws bars from the bottom of the axis, not from zero, so signed bars would mislead: the
 * height is the magnitude and the colour the direction.
 */
export function deltaChartMermaid(points: readonly DeltaPoint[]): string | null {
  const charted = points.filter((p) => p.delta.relative !== undefined).slice(0, MAX_BARS);
  if (charted.length === 0) return null;
  const percent = charted.map((p) => Math.abs(p.delta.relative!) * 100);
  const groups = [
    { ...GREEN, name: "better", test: (p: DeltaPoint) => p.delta.direction === "better" },
    { ...RED, name: "worse", test: (p: DeltaPoint) => p.delta.direction === "worse" },
    {
      ...BLUE,
      name: "no clear direction",
      test: (p: DeltaPoint) => p.delta.direction === "unclear" || p.delta.direction === "neutral",
    },
  ].filter((group) => charted.some((p, i) => group.test(p) && percent[i]! > 0));
  if (groups.length === 0) return null;
  const lines = [
    `title "Change vs baseline"`,
    axisLabels(charted.map((p) => p.name)),
    `y-axis "% of baseline" ${yRange(percent)}`,
    ...groups.map((group) => `bar ${list(charted.map((p, i) => (group.test(p) ? percent[i]! : 0)))}`),
  ];
  const entries = groups.map((group) => `${group.square} ${group.name}`);
  entries.push("bar height: size of the change in % of the baseline");
  const unrelated = points.filter((p) => p.delta.relative === undefined).length;
  if (unrelated > 0) entries.push(`${plural(unrelated, "metric")} with a zero or missing baseline left out`);
  const beyond = points.length - unrelated - charted.length;
  if (beyond > 0) entries.push(`${plural(beyond, "more metric")} beyond the first ${MAX_BARS} left out`);
  return `${block(
    lines,
    groups.map((group) => group.color),
  )}\n\n${legend(entries)}`;
}
