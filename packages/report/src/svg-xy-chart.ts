import type { Detail } from "@mlops/core";
import { extent, MAX_SERIES } from "./chart-limits.ts";
import { escapeHtml } from "./escape-html.ts";
import { formatNumber, plural } from "./format.ts";
import { svgFrame, svgText } from "./svg-frame.ts";
import { coord, linearScale, niceAxis } from "./svg-scale.ts";

type XyDetail = Extract<Detail, { type: "xy-chart" }>;

/** Curves are thinned before they are stored; this bounds what a hand-made result file can ask for. */
export const MAX_XY_POINTS = 500;
/** Few points (calibration bins) are marked one by one; a curve's hundred points would blot. */
const MAX_DOTS = 30;

const SIZE = 320;
const LEFT = 52;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 44;
const LEGEND_ROW = 18;

/**
 * Series of (x, y) points joined in their order, on square axes: ROC and precision–recall curves and
 * reliability diagrams, one series per model, with y = x drawn when it is the reference (chance, or
 * perfect calibration).
 */
export function xyChartSvg(detail: XyDetail): string {
  const series = detail.series.slice(0, MAX_SERIES).map((s) => ({ name: s.name, ...pointsOf(s.x, s.y) }));
  const all = series.flatMap((s) => s.points);
  const xs = extent([...all.map((p) => p.x), ...(detail.diagonal ? [0, 1] : [])]) ?? { min: 0, max: 1 };
  const ys = extent([...all.map((p) => p.y), ...(detail.diagonal ? [0, 1] : [])]) ?? { min: 0, max: 1 };
  const xAxis = niceAxis(xs.min, xs.max, 5);
  const yAxis = niceAxis(ys.min, ys.max, 5);
  const width = LEFT + SIZE + RIGHT;
  const plotBottom = TOP + SIZE;
  const height = plotBottom + BOTTOM + series.length * LEGEND_ROW;
  const x = linearScale([xAxis.min, xAxis.max], [LEFT, LEFT + SIZE]);
  const y = linearScale([yAxis.min, yAxis.max], [plotBottom, TOP]);
  const parts: string[] = [];

  for (const tick of yAxis.ticks) {
    const ty = coord(y(tick));
    parts.push(
      `<line class="grid" x1="${LEFT}" x2="${LEFT + SIZE}" y1="${ty}" y2="${ty}"/>`,
      `<text class="tick" x="${LEFT - 6}" y="${coord(y(tick) + 4)}" text-anchor="end">${escapeHtml(formatNumber(tick))}</text>`,
    );
  }
  for (const tick of xAxis.ticks) {
    const tx = coord(x(tick));
    parts.push(
      `<line class="grid" x1="${tx}" x2="${tx}" y1="${TOP}" y2="${plotBottom}"/>`,
      `<text class="tick" x="${tx}" y="${plotBottom + 15}" text-anchor="middle">${escapeHtml(formatNumber(tick))}</text>`,
    );
  }
  parts.push(
    `<line class="axis" x1="${LEFT}" x2="${LEFT + SIZE}" y1="${plotBottom}" y2="${plotBottom}"/>`,
    `<line class="axis" x1="${LEFT}" x2="${LEFT}" y1="${TOP}" y2="${plotBottom}"/>`,
    svgText(
      detail.xLabel,
      50,
      `class="label" x="${LEFT + SIZE / 2}" y="${plotBottom + 32}" text-anchor="middle"`,
    ),
    svgText(
      detail.yLabel,
      50,
      `class="label" transform="rotate(-90)" x="${-(TOP + SIZE / 2)}" y="14" text-anchor="middle"`,
    ),
  );
  if (detail.diagonal) {
    parts.push(
      `<line class="zero" x1="${coord(x(0))}" y1="${coord(y(0))}" x2="${coord(x(1))}" y2="${coord(y(1))}"/>`,
    );
  }
  series.forEach((s, i) => {
    const style = `s${i % 8}`;
    const d = s.points.map((p, j) => `${j === 0 ? "M" : "L"}${coord(x(p.x))},${coord(y(p.y))}`).join("");
    if (d) parts.push(`<path class="mark line ${style}" d="${d}"/>`);
    if (s.points.length <= MAX_DOTS) {
      for (const p of s.points) {
        parts.push(
          `<circle class="mark dot ${style}" cx="${coord(x(p.x))}" cy="${coord(y(p.y))}" r="3">` +
            `<title>${escapeHtml(`${s.name}: ${detail.xLabel} ${formatNumber(p.x)}, ${detail.yLabel} ${formatNumber(p.y)}`)}</title></circle>`,
        );
      }
    }
    const ly = plotBottom + BOTTOM + i * LEGEND_ROW;
    parts.push(
      `<line class="line ${style}" x1="${LEFT}" x2="${LEFT + 18}" y1="${ly - 4}" y2="${ly - 4}"/>`,
      svgText(s.name, 44, `class="legend" x="${LEFT + 24}" y="${ly}"`),
    );
  });
  if (all.length === 0) {
    parts.push(
      `<text class="tick" x="${LEFT + SIZE / 2}" y="${TOP + SIZE / 2}" text-anchor="middle">no data</text>`,
    );
  }

  const omitted = detail.series.length - series.length;
  const label =
    `Chart: ${detail.title}, ${detail.yLabel} against ${detail.xLabel}, ${plural(series.length, "series", "series")}` +
    (omitted > 0 ? `; ${omitted} more not drawn` : "") +
    (series.some((s) => s.thinned) ? `; long series thinned to about ${MAX_XY_POINTS} points` : "");
  return svgFrame({ title: detail.title, label, width, height, body: parts.join("") });
}

/** Finite pairs only; beyond `MAX_XY_POINTS`, every k-th kept with the last. */
function pointsOf(xs: readonly number[], ys: readonly number[]) {
  const points: { x: number; y: number }[] = [];
  const n = Math.min(xs.length, ys.length);
  for (let i = 0; i < n; i++) {
    const px = xs[i]!;
    const py = ys[i]!;
    if (Number.isFinite(px) && Number.isFinite(py)) points.push({ x: px, y: py });
  }
  if (points.length <= MAX_XY_POINTS) return { points, thinned: false };
  const step = Math.ceil(points.length / MAX_XY_POINTS);
  return { points: points.filter((_, i) => i % step === 0 || i === points.length - 1), thinned: true };
}
