import type { Detail } from "@mlops/core";
import { extent, reduceBarChart } from "./chart-limits.ts";
import { escapeHtml } from "./escape-html.ts";
import { formatNumber, plural } from "./format.ts";
import { svgFrame, svgText } from "./svg-frame.ts";
import { coord, linearScale, niceAxis } from "./svg-scale.ts";

type BarDetail = Extract<Detail, { type: "bar-chart" }>;

const WIDTH = 640;
const LABEL_WIDTH = 150;
const VALUE_WIDTH = 64;
const ROW = 24;
const BAR = 16;
const TOP = 22;
const BOTTOM = 28;

/** Horizontal bars (labels stay readable however long), from zero, with the threshold as a dashed rule. */
export function barChartSvg(full: BarDetail): string {
  const { detail, notes } = reduceBarChart(full);
  const bars = detail.labels.map((label, i) => ({ label, value: detail.values[i]! }));
  const { threshold } = detail;
  const values = bars.map((b) => b.value);
  const range = extent(threshold === undefined ? [0, ...values] : [0, threshold, ...values])!;
  const axis = niceAxis(range.min, range.max);
  const plotLeft = LABEL_WIDTH;
  const plotRight = WIDTH - VALUE_WIDTH;
  const x = linearScale([axis.min, axis.max], [plotLeft, plotRight]);
  const height = TOP + Math.max(1, bars.length) * ROW + BOTTOM;
  const plotBottom = height - BOTTOM;
  const parts: string[] = [];

  for (const tick of axis.ticks) {
    const tx = coord(x(tick));
    parts.push(
      `<line class="grid" x1="${tx}" x2="${tx}" y1="${TOP}" y2="${plotBottom}"/>`,
      `<text class="tick" x="${tx}" y="${plotBottom + 16}" text-anchor="middle">${escapeHtml(formatNumber(tick))}</text>`,
    );
  }
  bars.forEach((bar, i) => {
    const y = TOP + i * ROW + (ROW - BAR) / 2;
    const x0 = x(Math.min(0, bar.value));
    const x1 = x(Math.max(0, bar.value));
    const over = threshold !== undefined && bar.value > threshold;
    parts.push(
      svgText(bar.label, 22, `class="label" x="${plotLeft - 6}" y="${coord(y + BAR - 3)}" text-anchor="end"`),
      `<rect class="mark bar${over ? " over" : ""}" x="${coord(x0)}" y="${coord(y)}" width="${coord(Math.max(1, x1 - x0))}" height="${BAR}">` +
        `<title>${escapeHtml(`${bar.label}: ${formatNumber(bar.value)}`)}</title></rect>`,
      `<text class="value" x="${coord(x1 + 4)}" y="${coord(y + BAR - 3)}">${escapeHtml(formatNumber(bar.value))}</text>`,
    );
  });
  parts.push(`<line class="axis" x1="${coord(x(0))}" x2="${coord(x(0))}" y1="${TOP}" y2="${plotBottom}"/>`);
  if (threshold !== undefined) {
    const tx = coord(x(threshold));
    parts.push(
      `<line class="threshold" x1="${tx}" x2="${tx}" y1="${TOP - 6}" y2="${plotBottom}"/>`,
      `<text class="threshold-label" x="${tx}" y="${TOP - 9}" text-anchor="middle">threshold ${escapeHtml(formatNumber(threshold))}</text>`,
    );
  }
  if (bars.length === 0)
    parts.push(`<text class="tick" x="${WIDTH / 2}" y="${TOP + 16}" text-anchor="middle">no data</text>`);

  const over = threshold === undefined ? 0 : full.values.filter((v) => v > threshold).length;
  const label =
    `Bar chart: ${detail.title}. ${notes[0] ?? plural(bars.length, "bar")}` +
    (threshold === undefined ? "" : `, ${over} above the threshold ${formatNumber(threshold)}`) +
    (detail.unit ? `, in ${detail.unit}` : "");
  return svgFrame({ title: detail.title, label, width: WIDTH, height, body: parts.join("") });
}
