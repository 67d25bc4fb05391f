import { MAX_BARS } from "./chart-limits.ts";
import { escapeHtml } from "./escape-html.ts";
import { formatDelta, plural } from "./format.ts";
import type { DeltaPoint } from "./report-model.ts";
import { svgFrame, svgText } from "./svg-frame.ts";
import { coord, linearScale } from "./svg-scale.ts";

const WIDTH = 640;
const LABEL_WIDTH = 150;
const TEXT_WIDTH = 190;
const ROW = 26;
const TOP = 24;
const BOTTOM = 10;

/**
 * Each metric's change against its baseline with its confidence interval, against a zero line. Metrics
 * come in different units, so each row has its own scale centred on zero: what the plot compares is
 * where each interval lies relative to "no change", which is what decides a gate. Colour says whether
 * the change is better, worse or within noise.
 */
export function forestPlotSvg(all: readonly DeltaPoint[]): string {
  const points = all.slice(0, MAX_BARS);
  const plotLeft = LABEL_WIDTH;
  const plotRight = WIDTH - TEXT_WIDTH;
  const zero = (plotLeft + plotRight) / 2;
  const height = TOP + points.length * ROW + BOTTOM;
  const parts: string[] = [`<text class="tick" x="${coord(zero)}" y="14" text-anchor="middle">0</text>`];

  points.forEach((point, i) => {
    const { delta } = point;
    const cy = TOP + i * ROW + ROW / 2;
    const reach =
      Math.max(Math.abs(delta.value), Math.abs(delta.ci?.lower ?? 0), Math.abs(delta.ci?.upper ?? 0)) * 1.15;
    const x = linearScale([-(reach || 1), reach || 1], [plotLeft, plotRight]);
    const px = (v: number) => coord(x(v));
    parts.push(
      svgText(point.name, 22, `class="label" x="${plotLeft - 6}" y="${coord(cy + 4)}" text-anchor="end"`),
    );
    if (delta.ci) {
      parts.push(
        `<line class="mark ci ${delta.direction}" x1="${px(delta.ci.lower)}" x2="${px(delta.ci.upper)}" y1="${coord(cy)}" y2="${coord(cy)}"/>`,
      );
    }
    const text = formatDelta(delta.value, point.unit, delta.ci);
    parts.push(
      `<circle class="mark point ${delta.direction}" cx="${px(delta.value)}" cy="${coord(cy)}" r="5">` +
        `<title>${escapeHtml(`${point.name}: ${text} (${delta.direction})`)}</title></circle>`,
      svgText(text, 30, `class="value" x="${coord(plotRight + 10)}" y="${coord(cy + 4)}"`),
    );
  });
  parts.push(
    `<line class="zero" x1="${coord(zero)}" x2="${coord(zero)}" y1="${TOP - 4}" y2="${height - BOTTOM}"/>`,
  );

  const label =
    `Forest plot: change against the baseline for ${plural(points.length, "metric")}, with confidence intervals` +
    (all.length > points.length ? `; ${all.length - points.length} more in the metrics table` : "");
  return svgFrame({
    title: "Change against the baseline",
    label,
    width: WIDTH,
    height,
    body: parts.join(""),
  });
}
