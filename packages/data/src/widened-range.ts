/**
 * The range an inferred contract allows a numeric column: the observed one widened by `margin` times
 * its width on each side, so the next month's slightly wider spread passes while a sentinel like -999 or
 * a unit change still fails. Widening never crosses a bound the values respect by nature: a column with
 * no negative value stays at 0 or above (counts, amounts), and a fractional column within 0–1 stays
 * there (shares, probabilities). Integer bounds round outward to whole numbers; other bounds to three
 * significant digits of the range, so the contract reads cleanly.
 */
export function widenRange(
  observed: { min: number; max: number },
  margin: number,
  integer: boolean,
): { min: number; max: number } {
  const { min, max } = observed;
  // A constant column has no width of its own: widen around its value instead.
  const width = max - min || Math.abs(max) || 1;
  let low = min - margin * width;
  let high = max + margin * width;
  if (min >= 0) low = Math.max(0, low);
  if (!integer && min >= 0 && max <= 1) high = Math.min(1, high);
  if (integer) return { min: Math.floor(low), max: Math.ceil(high) };
  const step = 10 ** (Math.floor(Math.log10(width)) - 2);
  return { min: tidy(Math.floor(low / step) * step), max: tidy(Math.ceil(high / step) * step) };
}

/** Drops the binary-fraction noise of a multiple of a power of ten (0.30000000000000004). */
const tidy = (x: number) => Number(x.toPrecision(12));
