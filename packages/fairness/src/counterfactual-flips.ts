/** How often a decision changes when a row's sensitive value is set to another observed value. */
export interface CounterfactualFlips {
  /** Over every row and every value other than its own. */
  flips: number;
  pairs: number;
  /** Per (own value → set value). */
  byPair: { from: string; to: string; rows: number; flips: number }[];
}

/**
 * Counts decision flips: `decisionsWith.get(v)[i]` is row i's decision with the attribute set to v,
 * compared with `decisions[i]`, its decision as observed, for every row whose own value is not v.
 */
export function counterfactualFlips(
  values: readonly string[],
  decisions: ArrayLike<number>,
  decisionsWith: ReadonlyMap<string, ArrayLike<number>>,
): CounterfactualFlips {
  const byPair = new Map<string, { from: string; to: string; rows: number; flips: number }>();
  let flips = 0;
  let pairs = 0;
  for (const [to, counterfactual] of decisionsWith) {
    for (let i = 0; i < values.length; i++) {
      const from = values[i]!;
      if (from === to) continue;
      const key = `${from}\u0000${to}`;
      let pair = byPair.get(key);
      if (!pair) {
        pair = { from, to, rows: 0, flips: 0 };
        byPair.set(key, pair);
      }
      const flipped = counterfactual[i] !== decisions[i] ? 1 : 0;
      pair.rows++;
      pair.flips += flipped;
      pairs++;
      flips += flipped;
    }
  }
  const sorted = [...byPair.values()].sort(
    (a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
  );
  return { flips, pairs, byPair: sorted };
}
