import { MAX_BARS } from "./chart-limits.ts";
import { type DeltaPoint, isNoise } from "./delta-order.ts";
import { familyReach } from "./delta-scale.ts";
import { escapeHtml } from "./escape-html.ts";
import { formatDelta, plural } from "./format.ts";
import { svgFrame, svgText } from "./svg-frame.ts";
import { coord, linearScale } from "./svg-scale.ts";

const WIDTH = 640;
const LABEL_WIDTH = 150;
const TEXT_WIDTH = 190;
const ROW = 26;
const TOP = 24;
const BOTTOM = 10;

/**
 * Each metric's change against its baseline with its confidence interval, against a zero line, in the
 * order given (what matters first). Rows of the same unit share one scale centred on zero, so a change
 * of +$0.000006 stays a dot on the line next to a large one instead of filling its own row; rows of
 * different units cannot be compared by length anyway. Colour says better or worse; a change whose
 * interval includes 0 is grey and says "noise".
 */
export function forestPlotSvg(all: readonly DeltaPoint[]): string {
  const points = all.slice(0, MAX_BARS);
  const plotLeft = LABEL_WIDTH;
  const plotRight = WIDTH - TEXT_WIDTH;
  const zero = (plotLeft + plotRight) / 2;
  const height = TOP + points.length * ROW + BOTTOM;
  const parts: string[] = [`<text class="tick" x="${coord(zero)}" y="14" text-anchor="middle">0</text>`];
  const reachOf = familyReach(points);

  points.forEach((point, i) => {
    const { delta } = point;
    const cy = TOP + i * ROW + ROW / 2;
    const reach = reachOf(point) * 1.15;
    const x = linearScale([-reach, reach], [plotLeft, plotRight]);
    const noise = isNoise(delta);
    const tone = noise ? "unclear noise" : delta.direction;
    const px = (v: number) => coord(x(v));
    parts.push(
      svgText(point.name, 22, `class="label" x="${plotLeft - 6}" y="${coord(cy + 4)}" text-anchor="end"`),
    );
    if (delta.ci) {
      parts.push(
        `<line class="mark ci ${tone}" x1="${px(delta.ci.lower)}" x2="${px(delta.ci.upper)}" y1="${coord(cy)}" y2="${coord(cy)}"/>`,
      );
    }
    const text = formatDelta(delta.value, point.unit, delta.ci) + (noise ? " noise" : "");
    parts.push(
      `<circle class="mark point ${tone}" cx="${px(delta.value)}" cy="${coord(cy)}" r="5">` +
        `<title>${escapeHtml(`${point.name}: ${text} (${noise ? "interval includes 0" : delta.direction})`)}</title></circle>`,
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
