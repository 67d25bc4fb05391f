import type { Detail } from "@mlops/core";
import { plural } from "./format.ts";

/**
 * Charts come from result files a pull request controls, so their size is bounded before drawing:
 * a chart stays readable, and a million labels neither overflow the stack nor make a report too
 * large to post.
 *
 * - Bar charts draw at most `MAX_BARS` bars: the largest by magnitude, in their order, and one last
 *   bar "N others (largest)" standing for the rest by its largest magnitude.
 * - Line charts draw at most `maxPoints` points: beyond, consecutive points are averaged in equal
 *   buckets labelled by their first label; and at most `MAX_SERIES` series.
 */

type BarDetail = Extract<Detail, { type: "bar-chart" }>;
type LineDetail = Extract<Detail, { type: "line-chart" }>;

export const MAX_BARS = 40;
export const MAX_SERIES = 12;
export const MAX_POINTS = 500;

/** What a reduced chart left out, for its caption; empty when nothing was. */
export interface Reduced<T> {
  detail: T;
  notes: string[];
}

/** Smallest and largest of the values, by a loop: spreading a huge array into Math.min overflows the stack. */
export function extent(values: readonly number[]): { min: number; max: number } | undefined {
  if (values.length === 0) return undefined;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

export function reduceBarChart(detail: BarDetail, maxBars = MAX_BARS): Reduced<BarDetail> {
  const bars = detail.labels
    .map((label, i) => ({ label, value: detail.values[i], i }))
    .filter(
      (b): b is { label: string; value: number; i: number } =>
        b.value !== undefined && Number.isFinite(b.value),
    );
  if (bars.length <= maxBars)
    return {
      detail: { ...detail, labels: bars.map((b) => b.label), values: bars.map((b) => b.value) },
      notes: [],
    };
  const byMagnitude = [...bars].sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || a.i - b.i);
  const kept = byMagnitude.slice(0, maxBars - 1).sort((a, b) => a.i - b.i);
  const rest = byMagnitude.slice(maxBars - 1);
  const others = rest[0]!;
  return {
    detail: {
      ...detail,
      labels: [...kept.map((b) => b.label), `${plural(rest.length, "other")} (largest)`],
      values: [...kept.map((b) => b.value), others.value],
    },
    notes: [
      `${plural(bars.length, "bar")}: the ${maxBars - 1} largest drawn, the other ${rest.length} shown by their largest in the last`,
    ],
  };
}

export function reduceLineChart(detail: LineDetail, maxPoints: number): Reduced<LineDetail> {
  const notes: string[] = [];
  let series = detail.series;
  if (series.length > MAX_SERIES) {
    notes.push(`${plural(series.length - MAX_SERIES, "more series", "more series")} not drawn`);
    series = series.slice(0, MAX_SERIES);
  }
  const count = detail.labels.length;
  if (count <= maxPoints) return { detail: { ...detail, series }, notes };
  const size = Math.ceil(count / maxPoints);
  const labels: string[] = [];
  for (let start = 0; start < count; start += size) labels.push(detail.labels[start]!);
  const averaged = series.map((s) => {
    const values: (number | null)[] = [];
    for (let start = 0; start < count; start += size) {
      let sum = 0;
      let n = 0;
      for (let i = start; i < Math.min(count, start + size); i++) {
        const v = s.values[i];
        if (typeof v === "number" && Number.isFinite(v)) {
          sum += v;
          n++;
        }
      }
      values.push(n === 0 ? null : sum / n);
    }
    return { name: s.name, values };
  });
  notes.push(`${plural(count, "point")} averaged in groups of ${size}`);
  return { detail: { ...detail, labels, series: averaged }, notes };
}
