/**
 * The Jensen–Shannon distance between two discrete distributions, as
 * `scipy.spatial.distance.jensenshannon(p, q)` computes it with the natural logarithm (Evidently passes
 * no base): each vector is normalised to sum 1, m = (p + q)/2, and the distance is
 * √((KL(p‖m) + KL(q‖m))/2), with 0·log 0 = 0. Bounded by √ln 2 ≈ 0.8326.
 *
 * Returns 0 for identical vectors and for empty input. Shares must be non-negative.
 */
export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  if (p.length !== q.length) {
    throw new RangeError(
      `jensenShannonDistance needs vectors of equal length, got ${p.length} and ${q.length}`,
    );
  }
  let sumP = 0;
  let sumQ = 0;
  for (let i = 0; i < p.length; i++) {
    sumP += p[i]!;
    sumQ += q[i]!;
  }
  if (sumP === 0 || sumQ === 0) return 0;
  let left = 0;
  let right = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]! / sumP;
    const qi = q[i]! / sumQ;
    const m = (pi + qi) / 2;
    if (pi > 0) left += pi * Math.log(pi / m);
    if (qi > 0) right += qi * Math.log(qi / m);
  }
  // Rounding can leave a sum of −1e-17 for near-identical vectors; the divergence itself is ≥ 0.
  return Math.sqrt(Math.max(0, (left + right) / 2));
}
