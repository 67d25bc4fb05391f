import type { Detail } from "@mlops/core";
import { extent, MAX_POINTS, reduceLineChart } from "./chart-limits.ts";
import { escapeHtml } from "./escape-html.ts";
import { formatNumber, plural } from "./format.ts";
import { svgFrame, svgText } from "./svg-frame.ts";
import { coord, linearScale, niceAxis } from "./svg-scale.ts";

type LineDetail = Extract<Detail, { type: "line-chart" }>;

const WIDTH = 640;
const HEIGHT = 300;
const LEFT = 58;
const RIGHT = 16;
const BOTTOM = 34;
const LEGEND_ROW = 18;
const LEGEND_ITEM = 150;
/** Series colours and dash patterns are CSS classes `s0`…`s7`; more series reuse them. */
const SERIES_STYLES = 8;
const MAX_X_LABELS = 8;
/** Beyond this many points, dots would merge into the line. */
const MAX_DOTS = 60;

/** Several series over shared labels; a missing value breaks its line instead of inventing one. */
export function lineChartSvg(full: LineDetail): string {
  const { detail, notes } = reduceLineChart(full, MAX_POINTS);
  const perRow = Math.floor((WIDTH - LEFT - RIGHT) / LEGEND_ITEM);
  const legendRows = Math.max(1, Math.ceil(detail.series.length / perRow));
  const top = 10 + legendRows * LEGEND_ROW;
  const plotBottom = HEIGHT - BOTTOM;
  const values = detail.series.flatMap((s) =>
    s.values.filter((v): v is number => typeof v === "number" && Number.isFinite(v)),
  );
  const range = extent(values) ?? { min: 0, max: 1 };
  const axis = niceAxis(range.min, range.max);
  const count = detail.labels.length;
  const x = linearScale([0, Math.max(1, count - 1)], [LEFT, WIDTH - RIGHT]);
  const y = linearScale([axis.min, axis.max], [plotBottom, top]);
  const parts: string[] = [];

  for (const tick of axis.ticks) {
    const ty = coord(y(tick));
    parts.push(
      `<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${ty}" y2="${ty}"/>`,
      `<text class="tick" x="${LEFT - 6}" y="${coord(y(tick) + 4)}" text-anchor="end">${escapeHtml(formatNumber(tick))}</text>`,
    );
  }
  const every = Math.max(1, Math.ceil(count / MAX_X_LABELS));
  detail.labels.forEach((label, i) => {
    if (i % every !== 0 && i !== count - 1) return;
    // The end labels are anchored inwards so they are not cut off at the chart's edges.
    const anchor = count > 1 && i === 0 ? "start" : count > 1 && i === count - 1 ? "end" : "middle";
    parts.push(
      svgText(label, 14, `class="tick" x="${coord(x(i))}" y="${plotBottom + 16}" text-anchor="${anchor}"`),
    );
  });
  parts.push(`<line class="axis" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${plotBottom}" y2="${plotBottom}"/>`);

  detail.series.forEach((series, s) => {
    const style = `s${s % SERIES_STYLES}`;
    const segments: string[][] = [];
    let current: string[] = [];
    series.values.slice(0, count).forEach((value, i) => {
      if (typeof value !== "number" || !Number.isFinite(value)) {
        if (current.length > 0) segments.push(current);
        current = [];
        return;
      }
      current.push(`${coord(x(i))},${coord(y(value))}`);
      if (count <= MAX_DOTS) {
        parts.push(
          `<circle class="mark dot ${style}" cx="${coord(x(i))}" cy="${coord(y(value))}" r="3">` +
            `<title>${escapeHtml(`${series.name} at ${detail.labels[i] ?? i}: ${formatNumber(value)}`)}</title></circle>`,
        );
      }
    });
    if (current.length > 0) segments.push(current);
    const d = segments.map((points) => `M${points.join("L")}`).join("");
    if (d) parts.push(`<path class="mark line ${style}" d="${d}"/>`);

    const lx = LEFT + (s % perRow) * LEGEND_ITEM;
    const ly = 10 + Math.floor(s / perRow) * LEGEND_ROW;
    parts.push(
      `<line class="line ${style}" x1="${lx}" x2="${lx + 18}" y1="${ly + 6}" y2="${ly + 6}"/>`,
      svgText(series.name, 20, `class="legend" x="${lx + 24}" y="${ly + 10}"`),
    );
  });
  if (values.length === 0) {
    parts.push(
      `<text class="tick" x="${WIDTH / 2}" y="${(top + plotBottom) / 2}" text-anchor="middle">no data</text>`,
    );
  }

  const label =
    `Line chart: ${detail.title}. ${plural(detail.series.length, "series", "series")} over ${plural(count, "point")}` +
    (detail.unit ? `, in ${detail.unit}` : "") +
    notes.map((note) => `; ${note}`).join("");
  return svgFrame({ title: detail.title, label, width: WIDTH, height: HEIGHT, body: parts.join("") });
}
