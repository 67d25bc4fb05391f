/** Axis arithmetic for the SVG charts. */

export interface Axis {
  min: number;
  max: number;
  ticks: number[];
}

/** Round tick steps (1, 2, 5 × 10^k) covering [low, high] with about `count` ticks. */
export function niceAxis(low: number, high: number, count = 5): Axis {
  let min = Math.min(low, high);
  let max = Math.max(low, high);
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  const rough = (max - min) / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const first = Math.floor(min / step) * step;
  const last = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  // Rounding keeps ticks like 0.30000000000000004 from showing up as labels.
  for (let v = first; v <= last + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { min: first, max: last, ticks };
}

/** Maps [domain0, domain1] linearly onto [range0, range1]. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value: number) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** Coordinates with two decimals: enough for a screen, and stable text for tests and diffs. */
export function coord(value: number): string {
  return String(Math.round(value * 100) / 100);
}
