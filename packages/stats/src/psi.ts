/**
 * The population stability index Σ (current − reference)·ln(current/reference) over bins, on shares
 * whose empty bins were already filled (see `binnedShares` with `fillEmpty`), as Evidently's `psi` does.
 * Every term is ≥ 0. Returns 0 for identical shares and for empty input.
 */
export function populationStabilityIndex(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  if (reference.length !== current.length) {
    throw new RangeError(
      `populationStabilityIndex needs equal bin counts, got ${reference.length} and ${current.length}`,
    );
  }
  let psi = 0;
  for (let i = 0; i < reference.length; i++) {
    const r = reference[i]!;
    const c = current[i]!;
    if (!(r > 0 && c > 0)) {
      throw new RangeError("populationStabilityIndex needs positive shares: fill empty bins first");
    }
    psi += (r - c) * Math.log(r / c);
  }
  return psi;
}
