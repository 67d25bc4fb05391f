/** The distinct present (non-NaN) values, ascending, counted up to `limit`. */
export function distinctNumbers(values: ArrayLike<number>, limit: number): number[] {
  const seen = new Set<number>();
  for (let i = 0; i < values.length && seen.size < limit; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) seen.add(v);
  }
  return [...seen].sort((a, b) => a - b);
}
