export interface DiffLine {
  op: "same" | "removed" | "added";
  text: string;
}

/**
 * A line diff by longest common subsequence: lines only in `before` are removed, lines only in `after`
 * added, removals before additions within a change. Quadratic in lines, so callers bound the input.
 */
export function lineDiff(before: readonly string[], after: readonly string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  // lcs[i][j]: length of the common subsequence of before[i..] and after[j..], as one flat array.
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        before[i] === after[j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      out.push({ op: "same", text: before[i]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      out.push({ op: "removed", text: before[i++]! });
    } else {
      out.push({ op: "added", text: after[j++]! });
    }
  }
  while (i < n) out.push({ op: "removed", text: before[i++]! });
  while (j < m) out.push({ op: "added", text: after[j++]! });
  return out;
}
