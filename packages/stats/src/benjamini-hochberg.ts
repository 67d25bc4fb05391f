/**
 * Benjamini–Hochberg adjusted p-values (q-values), as scipy.stats.false_discovery_control(method="bh"):
 * with the p-values sorted ascending, q_(i) = min over j ≥ i of p_(j)·m/j, capped at 1. Rejecting every
 * hypothesis with q ≤ α keeps the expected share of false discoveries at most α.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a]! - pValues[b]!);
  const q = new Array<number>(m);
  let running = 1;
  for (let k = m - 1; k >= 0; k--) {
    const i = order[k]!;
    running = Math.min(running, (pValues[i]! * m) / (k + 1));
    q[i] = running;
  }
  return q;
}
