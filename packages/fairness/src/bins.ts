/**
 * Labels for a numeric sensitive column cut at ascending edges: below the first edge, [a, b) between
 * two, and at or above the last, so every number has exactly one band.
 */
export function binLabel(value: number, edges: readonly number[]): string {
  if (value < edges[0]!) return `<${edges[0]}`;
  for (let i = 1; i < edges.length; i++) {
    if (value < edges[i]!) return `[${edges[i - 1]}, ${edges[i]})`;
  }
  return `≥${edges[edges.length - 1]}`;
}

/** Where a band `binLabel` wrote starts, for ordering bands by their edges; undefined for other values. */
export function bandStart(label: string): number | undefined {
  const below = /^<(-?[\d.e+-]+)$/.exec(label);
  if (below) return Number.NEGATIVE_INFINITY;
  const between = /^\[(-?[\d.e+-]+), -?[\d.e+-]+\)$/.exec(label);
  if (between) return Number(between[1]);
  const above = /^≥(-?[\d.e+-]+)$/.exec(label);
  if (above) return Number(above[1]);
  return undefined;
}
