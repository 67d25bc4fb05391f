import { digitStarts } from "@mlops/stats";

/**
 * Present (non-NaN) values in ascending order, as `Float64Array.prototype.sort` orders them (-0 before
 * +0), by a least-significant-digit radix sort on their bits: four passes of 16 bits, about four times
 * faster than the comparison sort on a million values. Each double's bits are mapped to an unsigned key
 * with the same order (sign bit set for positives, all bits flipped for negatives) and moved as two
 * 32-bit words, never as a number, so no bit pattern is altered.
 */
export function sortedPresent(values: Float64Array): Float64Array {
  return sortPresentInPlace(values.slice());
}

/**
 * Sorts the present values of `values` into its start and returns that part; the rest of the array is
 * left undefined. `scratch`, at least as long, can serve one call after another, so sorting many
 * columns leaves no garbage.
 */
export function sortPresentInPlace(
  values: Float64Array,
  scratch: Float64Array = new Float64Array(values.length),
): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) values[n++] = v;
  }
  let a = values.subarray(0, n);
  if (n < 2) return a;
  let words = new Uint32Array(a.buffer, a.byteOffset, 2 * n);
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + 1]!;
    if (hi & 0x80000000) {
      words[2 * i + 1] = ~hi;
      words[2 * i] = ~words[2 * i]!;
    } else words[2 * i + 1] = hi | 0x80000000;
  }
  let b = scratch.subarray(0, n);
  let other = new Uint32Array(b.buffer, b.byteOffset, 2 * n);
  const counts = new Uint32Array(1 << 16);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(words[2 * i + word]! >>> shift) & 0xffff]!++;
    if (!digitStarts(counts, n, (words[word]! >>> shift) & 0xffff)) continue;
    for (let i = 0; i < n; i++) {
      const at = 2 * counts[(words[2 * i + word]! >>> shift) & 0xffff]!++;
      other[at] = words[2 * i]!;
      other[at + 1] = words[2 * i + 1]!;
    }
    [a, b] = [b, a];
    [words, other] = [other, words];
  }
  const target = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + 1]!;
    if (hi & 0x80000000) {
      target[2 * i + 1] = hi & 0x7fffffff;
      target[2 * i] = words[2 * i]!;
    } else {
      target[2 * i + 1] = ~hi;
      target[2 * i] = ~words[2 * i]!;
    }
  }
  return values.subarray(0, n);
}
