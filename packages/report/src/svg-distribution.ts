import type { Detail } from "@mlops/core";
import { extent } from "./chart-limits.ts";
import { escapeHtml } from "./escape-html.ts";
import { formatNumber, plural } from "./format.ts";
import { svgFrame, svgText } from "./svg-frame.ts";
import { coord, linearScale, niceAxis } from "./svg-scale.ts";

type DistributionDetail = Extract<Detail, { type: "distribution" }>;

/** A distribution is a small multiple, two to a row: more bins than this would be slivers. */
export const MAX_DISTRIBUTION_BINS = 30;

const WIDTH = 480;
const HEIGHT = 220;
const LEFT = 46;
const RIGHT = 10;
const TOP = 28;
const BOTTOM = 34;

/**
 * Reference against current, as shares so that datasets of different sizes compare: a numeric column
 * as two overlaid histograms on the same bins (Evidently's view), a categorical one as bar pairs.
 */
export function distributionSvg(detail: DistributionDetail): string {
  const count = Math.min(detail.bins.length, MAX_DISTRIBUTION_BINS);
  const share = (values: readonly number[], i: number) => {
    const v = values[i];
    return typeof v === "number" && Number.isFinite(v) ? Math.max(0, v) : 0;
  };
  const bins = Array.from({ length: count }, (_, i) => ({
    label: detail.bins[i]!,
    reference: share(detail.reference, i),
    current: share(detail.current, i),
  }));
  const top = extent(bins.flatMap((b) => [b.reference, b.current]))?.max ?? 0;
  const axis = niceAxis(0, top > 0 ? top : 1, 4);
  const plotBottom = HEIGHT - BOTTOM;
  const y = linearScale([0, axis.max], [plotBottom, TOP]);
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, count);
  const parts: string[] = [];

  for (const tick of axis.ticks) {
    const ty = coord(y(tick));
    parts.push(
      `<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${ty}" y2="${ty}"/>`,
      `<text class="tick" x="${LEFT - 6}" y="${coord(y(tick) + 4)}" text-anchor="end">${escapeHtml(formatPercent(tick))}</text>`,
    );
  }
  bins.forEach((bin, i) => {
    const x0 = LEFT + i * slot;
    // Histograms overlay on one bar per bin, as the bins are shared; categories stand side by side.
    const bars = detail.numeric
      ? [
          { side: "reference", value: bin.reference, x: x0 + 1, width: slot - 2 },
          { side: "current", value: bin.current, x: x0 + 1, width: slot - 2 },
        ]
      : [
          { side: "reference", value: bin.reference, x: x0 + slot * 0.1, width: slot * 0.4 },
          { side: "current", value: bin.current, x: x0 + slot * 0.5, width: slot * 0.4 },
        ];
    for (const bar of bars) {
      const height = Math.max(bar.value > 0 ? 1 : 0, plotBottom - y(bar.value));
      parts.push(
        `<rect class="mark bar ${bar.side}" x="${coord(bar.x)}" y="${coord(plotBottom - height)}" width="${coord(Math.max(1, bar.width))}" height="${coord(height)}">` +
          `<title>${escapeHtml(`${bin.label}, ${bar.side}: ${formatPercent(bar.value)}`)}</title></rect>`,
      );
    }
  });
  parts.push(`<line class="axis" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${plotBottom}" y2="${plotBottom}"/>`);
  for (const i of labelledBins(count, detail.numeric)) {
    const anchor = detail.numeric && count > 1 ? (i === 0 ? "start" : "end") : "middle";
    const x = detail.numeric ? (i === 0 ? LEFT : WIDTH - RIGHT) : LEFT + (i + 0.5) * slot;
    const text = detail.numeric ? edgeOf(detail.bins[i]!, i === 0) : detail.bins[i]!;
    const room = detail.numeric ? 24 : Math.max(3, Math.floor(slot / 6.5));
    parts.push(
      svgText(text, room, `class="tick" x="${coord(x)}" y="${plotBottom + 16}" text-anchor="${anchor}"`),
    );
  }
  parts.push(
    `<rect class="bar reference" x="${LEFT}" y="8" width="12" height="10"/>`,
    `<text class="legend" x="${LEFT + 16}" y="17">reference</text>`,
    `<rect class="bar current" x="${LEFT + 96}" y="8" width="12" height="10"/>`,
    `<text class="legend" x="${LEFT + 112}" y="17">current</text>`,
  );
  if (detail.drifted)
    parts.push(`<text class="drifted" x="${WIDTH - RIGHT}" y="17" text-anchor="end">drifted</text>`);
  if (count === 0)
    parts.push(`<text class="tick" x="${WIDTH / 2}" y="${HEIGHT / 2}" text-anchor="middle">no data</text>`);

  const left = detail.bins.length - count;
  const label =
    `${detail.numeric ? "Histogram" : "Bar pairs"} of ${detail.column}, reference against current, ${plural(count, detail.numeric ? "bin" : "category", detail.numeric ? "bins" : "categories")}` +
    (left > 0 ? `; ${left} more not drawn` : "") +
    (detail.drifted ? "; drifted" : "");
  return svgFrame({ title: detail.title, label, width: WIDTH, height: HEIGHT, body: parts.join("") });
}

/** Histograms name their two ends (the range); category charts name every category that fits. */
function labelledBins(count: number, numeric: boolean): number[] {
  if (count === 0) return [];
  if (numeric) return count === 1 ? [0] : [0, count - 1];
  const every = Math.max(1, Math.ceil(count / 10));
  return Array.from({ length: count }, (_, i) => i).filter((i) => i % every === 0);
}

/** The outer edge of a `[low, high)` bin label: its low end for the first bin, its high end for the last. */
function edgeOf(label: string, first: boolean): string {
  const match = /^[[(]\s*([^,]+),\s*([^\])]+)[\])]$/.exec(label);
  if (!match) return label;
  const edge = Number(first ? match[1] : match[2]);
  return Number.isFinite(edge) ? formatNumber(edge) : label;
}

function formatPercent(share: number): string {
  return `${formatNumber(share * 100)}%`;
}
