import { sampleMultinomial } from "./binomial-sampler.ts";
import type { Xoshiro128 } from "./xoshiro128.ts";

/**
 * Bootstrap resampling of rows (n draws with replacement from n rows), laid out for the cache.
 *
 * Rows are split into blocks of 2^16. How many of a resample's n draws land in each block is one
 * multinomial draw over the block sizes; given those counts, the draws inside a block are independent
 * and uniform over the block. That is exactly the distribution of n uniform row indices, but every
 * memory access now stays inside one block (512 KiB of doubles, in L2), and one 32-bit random number
 * yields two row offsets. The last, partial block draws its offsets by rejection on a power-of-two mask,
 * so every row is exactly equally likely.
 */

const BLOCK_BITS = 16;
const BLOCK = 1 << BLOCK_BITS;
const HALF_MASK = BLOCK - 1;

interface BlockLayout {
  count: number;
  sizes: Float64Array;
}

function blockLayout(n: number): BlockLayout {
  const count = Math.ceil(n / BLOCK);
  const sizes = new Float64Array(count).fill(BLOCK);
  if (count > 0) sizes[count - 1] = n - (count - 1) * BLOCK;
  return { count, sizes };
}

/** Smallest 2^k − 1 covering [0, size). */
function maskFor(size: number): number {
  let mask = 1;
  while (mask < size) mask <<= 1;
  return mask - 1;
}

/**
 * Replaces `counts` with one resample's draw counts per row (counts[i] = how often row i was drawn;
 * they sum to counts.length).
 */
export function drawRowCounts(rng: Xoshiro128, counts: Uint32Array): void {
  drawCounts(rng, counts.length, counts);
}

/**
 * Replaces `counts` with one resample's draw counts per group of rows, row i being in group
 * `groupOfRow[i]`: the same draws as `drawRowCounts`, added up per group as they are made.
 */
export function drawGroupCounts(rng: Xoshiro128, groupOfRow: Uint32Array, counts: Uint32Array): void {
  drawCounts(rng, groupOfRow.length, counts, groupOfRow);
}

function drawCounts(rng: Xoshiro128, n: number, counts: Uint32Array, groupOfRow?: Uint32Array): void {
  counts.fill(0);
  const layout = blockLayout(n);
  const perBlock = new Float64Array(layout.count);
  sampleMultinomial(rng, n, layout.sizes, perBlock);
  const offsets = new Uint32Array(maxBlockDraws(perBlock));
  for (let b = 0; b < layout.count; b++) {
    const base = b * BLOCK;
    const count = drawOffsets(rng, layout.sizes[b]!, perBlock[b]!, offsets);
    if (groupOfRow) for (let k = 0; k < count; k++) counts[groupOfRow[base + offsets[k]!]!]!++;
    else for (let k = 0; k < count; k++) counts[base + offsets[k]!]!++;
  }
}

/**
 * For each of `resamples` bootstrap resamples, the sum of each column over the drawn rows
 * (out[r·C + c] for column c). All columns have the same length n ≥ 1.
 *
 * One column is the hot path of the paired bootstrap of a mean (1–1.5 ns per draw): blocks are visited
 * in the outer loop and resamples in the inner one, so each block is loaded into cache once.
 */
export function resampledColumnSums(
  columns: readonly Float64Array[],
  resamples: number,
  rng: Xoshiro128,
): Float64Array {
  const n = columns[0]!.length;
  const layout = blockLayout(n);
  const nb = layout.count;
  const perBlock = new Float64Array(resamples * nb);
  for (let r = 0; r < resamples; r++) sampleMultinomial(rng, n, layout.sizes, perBlock, r * nb);
  const sums = new Float64Array(resamples * columns.length);
  if (columns.length === 1) sumOneColumn(columns[0]!, layout, perBlock, resamples, rng, sums);
  else sumManyColumns(columns, layout, perBlock, resamples, rng, sums);
  return sums;
}

function sumOneColumn(
  values: Float64Array,
  layout: BlockLayout,
  perBlock: Float64Array,
  resamples: number,
  rng: Xoshiro128,
  sums: Float64Array,
): void {
  const nb = layout.count;
  const streams = new Int32Array(8);
  streams.set(rng.split().state);
  streams.set(rng.split().state, 4);
  for (let b = 0; b < nb; b++) {
    const base = b * BLOCK;
    const size = layout.sizes[b]!;
    const block = values.subarray(base, base + size);
    for (let r = 0; r < resamples; r++) {
      const count = perBlock[r * nb + b]!;
      sums[r]! +=
        size === BLOCK ? sumFullBlockDraws(block, count, streams) : sumPartialBlockDraws(block, count, rng);
    }
  }
}

/**
 * Σ block[i] over `count` uniform offsets i in a full block. The two xoshiro128** streams in `streams`
 * (words 0–3 and 4–7) are advanced inline, interleaved so their dependency chains overlap, and each
 * 32-bit output gives two 16-bit offsets. Small and called once per (block, resample), so it is
 * optimised like any hot function rather than through on-stack replacement of one huge loop.
 */
function sumFullBlockDraws(block: Float64Array, count: number, streams: Int32Array): number {
  let a0 = streams[0]!;
  let a1 = streams[1]!;
  let a2 = streams[2]!;
  let a3 = streams[3]!;
  let b0 = streams[4]!;
  let b1 = streams[5]!;
  let b2 = streams[6]!;
  let b3 = streams[7]!;
  let acc1 = 0;
  let acc2 = 0;
  let k = 0;
  for (; k + 4 <= count; k += 4) {
    const ma = Math.imul(a1, 5);
    const x = Math.imul((ma << 7) | (ma >>> 25), 9);
    const ta = a1 << 9;
    a2 ^= a0;
    a3 ^= a1;
    a1 ^= a2;
    a0 ^= a3;
    a2 ^= ta;
    a3 = (a3 << 11) | (a3 >>> 21);
    const mb = Math.imul(b1, 5);
    const y = Math.imul((mb << 7) | (mb >>> 25), 9);
    const tb = b1 << 9;
    b2 ^= b0;
    b3 ^= b1;
    b1 ^= b2;
    b0 ^= b3;
    b2 ^= tb;
    b3 = (b3 << 11) | (b3 >>> 21);
    acc1 += block[x & HALF_MASK]! + block[x >>> BLOCK_BITS]!;
    acc2 += block[y & HALF_MASK]! + block[y >>> BLOCK_BITS]!;
  }
  for (; k < count; k += 2) {
    const ma = Math.imul(a1, 5);
    const x = Math.imul((ma << 7) | (ma >>> 25), 9);
    const ta = a1 << 9;
    a2 ^= a0;
    a3 ^= a1;
    a1 ^= a2;
    a0 ^= a3;
    a2 ^= ta;
    a3 = (a3 << 11) | (a3 >>> 21);
    acc1 += block[x & HALF_MASK]!;
    if (k + 1 < count) acc2 += block[x >>> BLOCK_BITS]!;
  }
  streams[0] = a0;
  streams[1] = a1;
  streams[2] = a2;
  streams[3] = a3;
  streams[4] = b0;
  streams[5] = b1;
  streams[6] = b2;
  streams[7] = b3;
  return acc1 + acc2;
}

/** Σ block[i] over `count` uniform offsets in a partial block, by rejection on a power-of-two mask. */
function sumPartialBlockDraws(block: Float64Array, count: number, rng: Xoshiro128): number {
  const size = block.length;
  const mask = maskFor(size);
  let acc = 0;
  let remaining = count;
  while (remaining > 0) {
    const x = rng.nextUint32();
    const i = x & mask;
    if (i < size) {
      acc += block[i]!;
      remaining--;
    }
    const j = (x >>> BLOCK_BITS) & mask;
    if (remaining > 0 && j < size) {
      acc += block[j]!;
      remaining--;
    }
  }
  return acc;
}

function sumManyColumns(
  columns: readonly Float64Array[],
  layout: BlockLayout,
  perBlock: Float64Array,
  resamples: number,
  rng: Xoshiro128,
  sums: Float64Array,
): void {
  const nb = layout.count;
  const width = columns.length;
  const offsets = new Uint32Array(maxBlockDraws(perBlock));
  for (let b = 0; b < nb; b++) {
    const base = b * BLOCK;
    const size = layout.sizes[b]!;
    const blocks = columns.map((column) => column.subarray(base, base + size));
    for (let r = 0; r < resamples; r++) {
      const count = drawOffsets(rng, size, perBlock[r * nb + b]!, offsets);
      for (let c = 0; c < width; c++) {
        const block = blocks[c]!;
        let acc = 0;
        for (let k = 0; k < count; k++) acc += block[offsets[k]!]!;
        sums[r * width + c]! += acc;
      }
    }
  }
}

/** A value per row, summed into one of a few slots chosen per row (a calibration bin, say). */
export interface SlottedColumn {
  slot: Uint8Array;
  value: Float64Array;
}

/**
 * For each of `resamples` bootstrap resamples, the sum of every column's values over the drawn rows,
 * per slot: out[r·slots + s] = Σ over drawn rows i and columns c with c.slot[i] = s of c.value[i].
 * Statistics made of per-group sums (expected calibration error: per bin, Σ label − probability) need
 * nothing else from a resample.
 *
 * Rows are first grouped by their combination of slots, and the blocks of `resampledColumnSums` are cut
 * inside those groups; a multinomial over the blocks is still exactly n uniform row draws. A block then
 * feeds one slot per column, so its draws are summed in a register (no scattered additions, whose
 * store-to-load round trips would bound the loop) and added to the slots once per block and resample.
 */
export function resampledSlotSums(
  columns: readonly SlottedColumn[],
  slots: number,
  resamples: number,
  rng: Xoshiro128,
): Float64Array {
  const n = columns[0]!.value.length;
  const { order, ends } = groupBySlots(columns, slots);
  const sorted = columns.map((c) => {
    const value = new Float64Array(n);
    for (let k = 0; k < n; k++) value[k] = c.value[order[k]!]!;
    return value;
  });
  const starts: number[] = [];
  const sizes: number[] = [];
  let start = 0;
  for (const end of ends) {
    for (let s = start; s < end; s += BLOCK) {
      starts.push(s);
      sizes.push(Math.min(BLOCK, end - s));
    }
    start = end;
  }
  const nb = sizes.length;
  const perBlock = new Float64Array(resamples * nb);
  for (let r = 0; r < resamples; r++) sampleMultinomial(rng, n, sizes, perBlock, r * nb);
  const sums = new Float64Array(resamples * slots);
  const offsets = new Uint32Array(maxBlockDraws(perBlock));
  for (let b = 0; b < nb; b++) {
    const base = starts[b]!;
    const size = sizes[b]!;
    const blocks = sorted.map((value) => value.subarray(base, base + size));
    const blockSlots = columns.map((c) => c.slot[order[base]!]!);
    for (let r = 0; r < resamples; r++) {
      const count = drawOffsets(rng, size, perBlock[r * nb + b]!, offsets);
      for (let c = 0; c < blocks.length; c++)
        sums[r * slots + blockSlots[c]!]! += sumAt(blocks[c]!, offsets, count);
    }
  }
  return sums;
}

/** Rows ordered by their slot in every column (a counting sort), and where each combination ends. */
function groupBySlots(columns: readonly SlottedColumn[], slots: number) {
  const n = columns[0]!.value.length;
  const key = new Uint32Array(n);
  for (const { slot } of columns) {
    for (let i = 0; i < n; i++) key[i] = key[i]! * slots + slot[i]!;
  }
  const keys = slots ** columns.length;
  const next = new Uint32Array(keys + 1);
  for (let i = 0; i < n; i++) next[key[i]! + 1]!++;
  for (let k = 0; k < keys; k++) next[k + 1]! += next[k]!;
  const ends = [...new Set(next.subarray(1))].filter((end) => end > 0);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[next[key[i]!]!++] = i;
  return { order, ends };
}

function sumAt(values: Float64Array, offsets: Uint32Array, count: number): number {
  let acc = 0;
  for (let k = 0; k < count; k++) acc += values[offsets[k]!]!;
  return acc;
}

function maxBlockDraws(perBlock: Float64Array): number {
  let max = 0;
  for (const count of perBlock) max = Math.max(max, count);
  return max;
}

/**
 * `count` uniform offsets in [0, size) into `out`; returns `count`. A full block takes two offsets from
 * each 32-bit number. A partial one takes ⌊x·size / 2^32⌋ from one, rejecting the rare x (fewer than
 * size in 2^32) that would make some offsets likelier (Lemire's method): every offset is exactly
 * equally likely, and unlike rejection on a power-of-two mask the loop almost never mispredicts.
 */
function drawOffsets(rng: Xoshiro128, size: number, count: number, out: Uint32Array): number {
  // xoshiro128** advanced inline on local copies of the state: see `Xoshiro128.state`.
  const state = rng.state;
  let s0 = state[0]!;
  let s1 = state[1]!;
  let s2 = state[2]!;
  let s3 = state[3]!;
  const full = size === BLOCK;
  const threshold = 2 ** 32 % size;
  let k = 0;
  while (k < count) {
    const m = Math.imul(s1, 5);
    const x = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    if (full) {
      out[k++] = x & HALF_MASK;
      if (k < count) out[k++] = x >>> BLOCK_BITS;
    } else {
      const product = (x >>> 0) * size;
      const offset = Math.floor(product * 2 ** -32);
      if (product - offset * 2 ** 32 >= threshold) out[k++] = offset;
    }
  }
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = s3;
  return count;
}
