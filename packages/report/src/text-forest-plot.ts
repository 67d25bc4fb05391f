import { type DeltaPoint, isNoise } from "./delta-order.ts";
import { familyReach, scaleFamily } from "./delta-scale.ts";
import { formatDelta, plural } from "./format.ts";
import { checkLabel } from "./status-labels.ts";

/**
 * A forest plot in monospaced text for the PR comment: one row per change, its interval drawn around a
 * zero line, on one scale per unit. GitHub's Mermaid charts cannot draw intervals, and an image would
 * need hosting, so the comment draws with box characters; the HTML report has the SVG version. Text
 * cannot be grey, so noise (an interval that includes 0) is drawn dashed with a hollow point and says
 * "noise" in words.
 */

const LABEL = 22;
const HALF = 12;
const PLOT = 2 * HALF + 1;

/** Cut to `width` characters with an ellipsis, then padded, so labels never run into the plot. */
function column(text: string, width: number): string {
  const chars = [...text.replace(/\s+/g, " ")];
  const shown = chars.length > width ? [...chars.slice(0, width - 1), "…"] : chars;
  return shown.join("") + " ".repeat(width - shown.length);
}

function directionWord(point: DeltaPoint): string {
  if (isNoise(point.delta)) return "noise";
  const { direction } = point.delta;
  return direction === "better" || direction === "worse" ? direction : "changed";
}

function plotCells(point: DeltaPoint, reach: number): string {
  const { delta } = point;
  const at = (value: number) => HALF + Math.max(-HALF, Math.min(HALF, Math.round((value / reach) * HALF)));
  const noise = isNoise(delta);
  const cells: string[] = Array.from({ length: PLOT }, (_, i) => (i === HALF ? "│" : " "));
  if (delta.ci) {
    const low = at(delta.ci.lower);
    const high = at(delta.ci.upper);
    for (let i = low; i <= high; i++) cells[i] = i === HALF ? "┼" : noise ? "╌" : "─";
    if (high > low) {
      cells[low] = "├";
      cells[high] = "┤";
    }
  }
  cells[at(delta.value)] = noise ? "○" : "●";
  return cells.join("");
}

/**
 * The rows of the plot, a zero mark above them, and the value at the plot's edges per unit below. Names
 * are cut to `labelWidth` characters.
 */
export function textForestPlot(points: readonly DeltaPoint[], more = 0, labelWidth = LABEL): string {
  const reachOf = familyReach(points);
  const lines = [`${" ".repeat(labelWidth + 1 + HALF)}0`];
  // Rows from several evaluations may share a metric name: each then says where it comes from.
  const several = new Set(points.map((point) => point.evaluation)).size > 1;
  for (const point of points) {
    const gate = point.gate ? ` · gate ${checkLabel(point.gate).word}` : "";
    const source = several ? ` · ${point.evaluation}` : "";
    const interval = formatDelta(point.delta.value, point.unit, point.delta.ci);
    lines.push(
      `${column(point.name, labelWidth)} ${plotCells(point, reachOf(point))}  ${interval}  ${directionWord(point)}${gate}${source}`,
    );
  }
  const scales = new Map<string, string>();
  for (const point of points) {
    const family = scaleFamily(point.unit);
    if (scales.has(family)) continue;
    scales.set(family, formatDelta(reachOf(point), point.unit).replace(/^\+/, "±"));
  }
  lines.push(`plot edges: ${[...scales.values()].join(" · ")}`);
  if (more > 0) lines.push(`… ${plural(more, "more gated change")} in the evaluations below`);
  // Names and units come from result files: a line break in one must not start a row of its own.
  return lines.map((line) => line.replace(/[\r\n\u2028\u2029]+/g, " ")).join("\n");
}
