import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  ConfigError,
  RuntimeFailure
} from "./chunk-CYLWIE3E.js";

// packages/stats/src/resample-worker.ts
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

// packages/stats/src/numeric-input.ts
function finiteValues(values) {
  let kept = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) kept++;
  const out = new Float64Array(kept);
  let j = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === "number" && Number.isFinite(v)) out[j++] = v;
  }
  return out;
}
function presentCategories(values) {
  const out = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === void 0 || typeof v === "number" && Number.isNaN(v)) continue;
    out.push(v);
  }
  return out;
}
function assertSameLength(what, a, b) {
  if (a.values.length === b.values.length) return;
  throw new ConfigError(
    `${what}: ${a.name} has ${a.values.length} rows but ${b.name} has ${b.values.length}`,
    { hint: `Score every row once: ${a.name} and ${b.name} must be aligned row by row.` }
  );
}
function assertBinaryLabels(name, labels) {
  for (let i = 0; i < labels.length; i++) {
    const v = labels[i];
    if (v !== 0 && v !== 1) {
      throw new ConfigError(`${name}[${i}] is ${String(v)}; binary metrics need labels 0 or 1`, {
        hint: "Encode the positive class as 1 and every other class as 0."
      });
    }
  }
}
function assertProbabilities(name, probabilities) {
  for (let i = 0; i < probabilities.length; i++) {
    const v = probabilities[i];
    if (!(v >= 0 && v <= 1)) {
      throw new ConfigError(`${name}[${i}] is ${String(v)}; probabilities must lie in [0, 1]`, {
        hint: "Pass the predicted probability of the positive class, not a raw score or logit."
      });
    }
  }
}

// packages/stats/src/calibration.ts
var DEFAULT_CALIBRATION_BINS = 10;
function calibrationBins(labels, probabilities, bins = DEFAULT_CALIBRATION_BINS) {
  assertSameLength(
    "calibration",
    { name: "labels", values: labels },
    { name: "probabilities", values: probabilities }
  );
  assertBinaryLabels("labels", labels);
  assertProbabilities("probabilities", probabilities);
  return weightedCalibrationBins(labels, probabilities, bins);
}
function expectedCalibrationError(labels, probabilities, bins = DEFAULT_CALIBRATION_BINS) {
  return eceFromBins(calibrationBins(labels, probabilities, bins));
}
function eceFromBins(bins) {
  let total = 0;
  for (const b of bins) total += b.count;
  if (total === 0) return null;
  let ece = 0;
  for (const b of bins) {
    if (b.count > 0) ece += b.count / total * Math.abs(b.fractionPositive - b.meanPredicted);
  }
  return ece;
}
function calibrationEdges(bins) {
  if (!(Number.isInteger(bins) && bins >= 1))
    throw new RangeError(`calibration needs at least one bin, got ${bins}`);
  const step = 1 / bins;
  return Array.from({ length: bins + 1 }, (_, i) => i === bins ? 1 : i * step);
}
function calibrationBinOf(p, edges) {
  const bins = edges.length - 1;
  let bin = Math.min(bins - 1, Math.max(0, Math.ceil(p * bins) - 1));
  while (bin > 0 && edges[bin] >= p) bin--;
  while (bin < bins - 1 && edges[bin + 1] < p) bin++;
  return bin;
}
function weightedCalibrationBins(labels, probabilities, bins, weights) {
  const edges = calibrationEdges(bins);
  const count = new Float64Array(bins);
  const sumPredicted = new Float64Array(bins);
  const sumPositive = new Float64Array(bins);
  for (let i = 0; i < labels.length; i++) {
    const w = weights ? weights[i] : 1;
    if (w === 0) continue;
    const p = probabilities[i];
    const bin = calibrationBinOf(p, edges);
    count[bin] += w;
    sumPredicted[bin] += w * p;
    sumPositive[bin] += w * labels[i];
  }
  return Array.from({ length: bins }, (_, b) => ({
    low: edges[b],
    high: edges[b + 1],
    count: count[b],
    meanPredicted: count[b] > 0 ? sumPredicted[b] / count[b] : null,
    fractionPositive: count[b] > 0 ? sumPositive[b] / count[b] : null
  }));
}

// packages/stats/src/quantile.ts
function quantileSorted(sorted, p) {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile level must lie in [0, 1], got ${p}`);
  const n = sorted.length;
  if (n === 0) return null;
  const virtual = (n - 1) * p;
  const lower = Math.floor(virtual);
  const upper = Math.min(lower + 1, n - 1);
  const gamma = virtual - lower;
  const a = sorted[lower];
  const b = sorted[upper];
  const diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}
function quantiles(values, ps) {
  const sorted = finiteValues(values).sort();
  return ps.map((p) => quantileSorted(sorted, p));
}

// packages/stats/src/saddle-point.ts
var S0 = 1 / 12;
var S1 = 1 / 360;
var S2 = 1 / 1260;
var S3 = 1 / 1680;
var S4 = 1 / 1188;
var STIRLING_ERROR_HALVES = [
  0,
  0.15342640972002736,
  0.08106146679532726,
  0.05481412105191765,
  0.0413406959554093,
  0.03316287351993629,
  0.02767792568499834,
  0.023746163656297496,
  0.020790672103765093,
  0.018488450532673187,
  0.016644691189821193,
  0.015134973221917378,
  0.013876128823070748,
  0.012810465242920227,
  0.01189670994589177,
  0.011104559758206917,
  0.010411265261972096,
  0.009799416126158804,
  0.009255462182712733,
  0.008768700134139386,
  0.00833056343336287,
  0.00793411456431402,
  0.007573675487951841,
  0.007244554301320383,
  0.00694284010720953,
  0.006665247032707682,
  0.006408994188004207,
  0.006171712263039458,
  0.0059513701127588475,
  0.0057462165130101155,
  0.005554733551962801
];
var LN_2PI = 1.8378770664093456;
function stirlingError(n) {
  if (n <= 15) {
    const twice = n + n;
    if (Number.isInteger(twice)) return STIRLING_ERROR_HALVES[twice];
    throw new RangeError(`stirlingError is tabulated for integers and half-integers only below 15, got ${n}`);
  }
  const nn = n * n;
  if (n > 500) return (S0 - S1 / nn) / n;
  if (n > 80) return (S0 - (S1 - S2 / nn) / nn) / n;
  if (n > 35) return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
  return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}
function devianceTerm(x, np) {
  if (Math.abs(x - np) < 0.1 * (x + np)) {
    let v = (x - np) / (x + np);
    let s = (x - np) * v;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1e3; j++) {
      ej *= v;
      const s1 = s + ej / (2 * j + 1);
      if (s1 === s) return s1;
      s = s1;
    }
    return s;
  }
  return x * Math.log(x / np) + np - x;
}
function binomialPmf(x, n, p, q = 1 - p) {
  if (x < 0 || x > n) return 0;
  if (p === 0) return x === 0 ? 1 : 0;
  if (q === 0) return x === n ? 1 : 0;
  if (x === 0) {
    if (n === 0) return 1;
    return Math.exp(p < 0.1 ? -devianceTerm(n, n * q) - n * p : n * Math.log(q));
  }
  if (x === n) return Math.exp(q < 0.1 ? -devianceTerm(n, n * p) - n * q : n * Math.log(p));
  const lc = stirlingError(n) - stirlingError(x) - stirlingError(n - x) - devianceTerm(x, n * p) - devianceTerm(n - x, n * q);
  const lf = LN_2PI + Math.log(x) + Math.log1p(-x / n);
  return Math.exp(lc - 0.5 * lf);
}
function poissonTerm(a, x) {
  if (x === 0) return a === 0 ? 1 : 0;
  if (a === 0) return Math.exp(-x);
  return Math.exp(-stirlingError(a) - devianceTerm(a, x)) / Math.sqrt(2 * Math.PI * a);
}

// packages/stats/src/binomial-sampler.ts
function sampleBinomial(rng, n, p, q = 1 - p) {
  if (n === 0 || p <= 0) return 0;
  if (q <= 0) return n;
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const pMode = binomialPmf(mode, n, p, q);
  let u = rng.nextFloat();
  if (u < pMode) return mode;
  u -= pMode;
  let lo = mode;
  let hi = mode;
  let pLo = pMode;
  let pHi = pMode;
  const up = p / q;
  const down = q / p;
  for (; ; ) {
    let moved = false;
    if (lo > 0) {
      pLo *= lo * down / (n - lo + 1);
      lo--;
      if (u < pLo) return lo;
      u -= pLo;
      moved = true;
    }
    if (hi < n) {
      pHi *= (n - hi) * up / (hi + 1);
      hi++;
      if (u < pHi) return hi;
      u -= pHi;
      moved = true;
    }
    if (!moved) return mode;
  }
}
function sampleMultinomial(rng, n, weights, out, offset = 0) {
  let remaining = n;
  let remainingWeight = 0;
  for (let k = 0; k < weights.length; k++) remainingWeight += weights[k];
  const last = weights.length - 1;
  for (let k = 0; k < last; k++) {
    const w = weights[k];
    const c = remaining === 0 || w === 0 ? 0 : sampleBinomial(rng, remaining, w / remainingWeight, (remainingWeight - w) / remainingWeight);
    out[offset + k] = c;
    remaining -= c;
    remainingWeight -= w;
  }
  out[offset + last] = remaining;
}

// packages/stats/src/row-resampler.ts
var BLOCK_BITS = 16;
var BLOCK = 1 << BLOCK_BITS;
var HALF_MASK = BLOCK - 1;
function blockLayout(n) {
  const count = Math.ceil(n / BLOCK);
  const sizes = new Float64Array(count).fill(BLOCK);
  if (count > 0) sizes[count - 1] = n - (count - 1) * BLOCK;
  return { count, sizes };
}
function maskFor(size) {
  let mask = 1;
  while (mask < size) mask <<= 1;
  return mask - 1;
}
function drawRowCounts(rng, counts) {
  drawCounts(rng, counts.length, counts);
}
function drawGroupCounts(rng, groupOfRow2, counts) {
  drawCounts(rng, groupOfRow2.length, counts, groupOfRow2);
}
function drawCounts(rng, n, counts, groupOfRow2) {
  counts.fill(0);
  const layout = blockLayout(n);
  const perBlock = new Float64Array(layout.count);
  sampleMultinomial(rng, n, layout.sizes, perBlock);
  const offsets = new Uint32Array(maxBlockDraws(perBlock));
  for (let b = 0; b < layout.count; b++) {
    const base = b * BLOCK;
    const count = drawOffsets(rng, layout.sizes[b], perBlock[b], offsets);
    if (groupOfRow2) for (let k = 0; k < count; k++) counts[groupOfRow2[base + offsets[k]]]++;
    else for (let k = 0; k < count; k++) counts[base + offsets[k]]++;
  }
}
function resampledColumnSums(columns, resamples, rng) {
  const n = columns[0].length;
  const layout = blockLayout(n);
  const nb = layout.count;
  const perBlock = new Float64Array(resamples * nb);
  for (let r = 0; r < resamples; r++) sampleMultinomial(rng, n, layout.sizes, perBlock, r * nb);
  const sums = new Float64Array(resamples * columns.length);
  if (columns.length === 1) sumOneColumn(columns[0], layout, perBlock, resamples, rng, sums);
  else sumManyColumns(columns, layout, perBlock, resamples, rng, sums);
  return sums;
}
function sumOneColumn(values, layout, perBlock, resamples, rng, sums) {
  const nb = layout.count;
  const streams = new Int32Array(8);
  streams.set(rng.split().state);
  streams.set(rng.split().state, 4);
  for (let b = 0; b < nb; b++) {
    const base = b * BLOCK;
    const size = layout.sizes[b];
    const block = values.subarray(base, base + size);
    for (let r = 0; r < resamples; r++) {
      const count = perBlock[r * nb + b];
      sums[r] += size === BLOCK ? sumFullBlockDraws(block, count, streams) : sumPartialBlockDraws(block, count, rng);
    }
  }
}
function sumFullBlockDraws(block, count, streams) {
  let a0 = streams[0];
  let a1 = streams[1];
  let a2 = streams[2];
  let a3 = streams[3];
  let b0 = streams[4];
  let b1 = streams[5];
  let b2 = streams[6];
  let b3 = streams[7];
  let acc1 = 0;
  let acc2 = 0;
  let k = 0;
  for (; k + 4 <= count; k += 4) {
    const ma = Math.imul(a1, 5);
    const x = Math.imul(ma << 7 | ma >>> 25, 9);
    const ta = a1 << 9;
    a2 ^= a0;
    a3 ^= a1;
    a1 ^= a2;
    a0 ^= a3;
    a2 ^= ta;
    a3 = a3 << 11 | a3 >>> 21;
    const mb = Math.imul(b1, 5);
    const y = Math.imul(mb << 7 | mb >>> 25, 9);
    const tb = b1 << 9;
    b2 ^= b0;
    b3 ^= b1;
    b1 ^= b2;
    b0 ^= b3;
    b2 ^= tb;
    b3 = b3 << 11 | b3 >>> 21;
    acc1 += block[x & HALF_MASK] + block[x >>> BLOCK_BITS];
    acc2 += block[y & HALF_MASK] + block[y >>> BLOCK_BITS];
  }
  for (; k < count; k += 2) {
    const ma = Math.imul(a1, 5);
    const x = Math.imul(ma << 7 | ma >>> 25, 9);
    const ta = a1 << 9;
    a2 ^= a0;
    a3 ^= a1;
    a1 ^= a2;
    a0 ^= a3;
    a2 ^= ta;
    a3 = a3 << 11 | a3 >>> 21;
    acc1 += block[x & HALF_MASK];
    if (k + 1 < count) acc2 += block[x >>> BLOCK_BITS];
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
function sumPartialBlockDraws(block, count, rng) {
  const size = block.length;
  const mask = maskFor(size);
  let acc = 0;
  let remaining = count;
  while (remaining > 0) {
    const x = rng.nextUint32();
    const i = x & mask;
    if (i < size) {
      acc += block[i];
      remaining--;
    }
    const j = x >>> BLOCK_BITS & mask;
    if (remaining > 0 && j < size) {
      acc += block[j];
      remaining--;
    }
  }
  return acc;
}
function sumManyColumns(columns, layout, perBlock, resamples, rng, sums) {
  const nb = layout.count;
  const width = columns.length;
  const offsets = new Uint32Array(maxBlockDraws(perBlock));
  for (let b = 0; b < nb; b++) {
    const base = b * BLOCK;
    const size = layout.sizes[b];
    const blocks = columns.map((column) => column.subarray(base, base + size));
    for (let r = 0; r < resamples; r++) {
      const count = drawOffsets(rng, size, perBlock[r * nb + b], offsets);
      for (let c = 0; c < width; c++) {
        const block = blocks[c];
        let acc = 0;
        for (let k = 0; k < count; k++) acc += block[offsets[k]];
        sums[r * width + c] += acc;
      }
    }
  }
}
function resampledSlotSums(columns, slots, resamples, rng) {
  const n = columns[0].value.length;
  const { order, ends } = groupBySlots(columns, slots);
  const sorted = columns.map((c) => {
    const value = new Float64Array(n);
    for (let k = 0; k < n; k++) value[k] = c.value[order[k]];
    return value;
  });
  const starts = [];
  const sizes = [];
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
    const base = starts[b];
    const size = sizes[b];
    const blocks = sorted.map((value) => value.subarray(base, base + size));
    const blockSlots = columns.map((c) => c.slot[order[base]]);
    for (let r = 0; r < resamples; r++) {
      const count = drawOffsets(rng, size, perBlock[r * nb + b], offsets);
      for (let c = 0; c < blocks.length; c++)
        sums[r * slots + blockSlots[c]] += sumAt(blocks[c], offsets, count);
    }
  }
  return sums;
}
function groupBySlots(columns, slots) {
  const n = columns[0].value.length;
  const key = new Uint32Array(n);
  for (const { slot } of columns) {
    for (let i = 0; i < n; i++) key[i] = key[i] * slots + slot[i];
  }
  const keys = slots ** columns.length;
  const next = new Uint32Array(keys + 1);
  for (let i = 0; i < n; i++) next[key[i] + 1]++;
  for (let k = 0; k < keys; k++) next[k + 1] += next[k];
  const ends = [...new Set(next.subarray(1))].filter((end) => end > 0);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[next[key[i]]++] = i;
  return { order, ends };
}
function sumAt(values, offsets, count) {
  let acc = 0;
  for (let k = 0; k < count; k++) acc += values[offsets[k]];
  return acc;
}
function maxBlockDraws(perBlock) {
  let max = 0;
  for (const count of perBlock) max = Math.max(max, count);
  return max;
}
function drawOffsets(rng, size, count, out) {
  const state = rng.state;
  let s0 = state[0];
  let s1 = state[1];
  let s2 = state[2];
  let s3 = state[3];
  const full = size === BLOCK;
  const threshold = 2 ** 32 % size;
  let k = 0;
  while (k < count) {
    const m = Math.imul(s1, 5);
    const x = Math.imul(m << 7 | m >>> 25, 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = s3 << 11 | s3 >>> 21;
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

// packages/stats/src/xoshiro128.ts
var JUMP_2_64 = [2271477771, 4114797267, 1872770499, 2012404571];
var JUMP_2_96 = [3039008046, 191826335, 3438649583, 475530850];
var Xoshiro128 = class _Xoshiro128 {
  /**
   * The four state words. Hot loops copy them into locals, advance them inline (a method call per
   * draw costs about a third of the throughput) and write them back.
   */
  state;
  constructor(seed) {
    this.state = new Int32Array(4);
    let weyl = seed | 0;
    for (let i = 0; i < 4; i++) {
      weyl = weyl + 2654435769 | 0;
      let z = weyl;
      z = Math.imul(z ^ z >>> 16, 2246822507);
      z = Math.imul(z ^ z >>> 13, 3266489909);
      this.state[i] = z ^ z >>> 16;
    }
    if (this.state.every((w) => w === 0)) this.state[0] = 1;
  }
  /** A uniformly distributed unsigned 32-bit integer. */
  nextUint32() {
    const s = this.state;
    const s1 = s[1];
    const m = Math.imul(s1, 5);
    const result = Math.imul(m << 7 | m >>> 25, 9) >>> 0;
    const t = s1 << 9;
    s[2] ^= s[0];
    s[3] ^= s1;
    s[1] = s1 ^ s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = s[3] << 11 | s[3] >>> 21;
    return result;
  }
  /** A uniform double in [0, 1) with all 53 bits of mantissa random. */
  nextFloat() {
    const hi = this.nextUint32() >>> 5;
    const lo = this.nextUint32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }
  /** A uniform integer in [0, bound), exactly uniform (rejection on a power-of-two mask). */
  nextBelow(bound) {
    if (!(Number.isInteger(bound) && bound >= 1 && bound <= 4294967296)) {
      throw new RangeError(`nextBelow needs an integer bound in [1, 2^32], got ${bound}`);
    }
    if (bound === 1) return 0;
    const mask = bound > 2147483648 ? 4294967295 : 2 ** Math.ceil(Math.log2(bound)) - 1;
    for (; ; ) {
      const x = (this.nextUint32() & mask) >>> 0;
      if (x < bound) return x;
    }
  }
  /**
   * A generator for an independent stream: it starts where this one is, and this one then jumps
   * 2^64 draws ahead, so the two never overlap unless one of them draws 2^64 numbers.
   */
  split() {
    return this.#splitBy(JUMP_2_64);
  }
  /**
   * Like `split`, but this one then jumps 2^96 draws ahead: room for 2^32 streams split from the child
   * (each `split` spends 2^64), so a computation that splits its generator further can run on one
   * long-split stream per thread without any two of their streams overlapping.
   */
  longSplit() {
    return this.#splitBy(JUMP_2_96);
  }
  #splitBy(polynomial) {
    const child = new _Xoshiro128(0);
    child.state.set(this.state);
    this.#jump(polynomial);
    return child;
  }
  #jump(polynomial) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (const word of polynomial) {
      for (let b = 0; b < 32; b++) {
        if (word >>> b & 1) {
          s0 ^= this.state[0];
          s1 ^= this.state[1];
          s2 ^= this.state[2];
          s3 ^= this.state[3];
        }
        this.nextUint32();
      }
    }
    this.state[0] = s0;
    this.state[1] = s1;
    this.state[2] = s2;
    this.state[3] = s3;
  }
};

// packages/stats/src/paired-bootstrap.ts
var DEFAULT_RESAMPLES = 2e3;
var DEFAULT_LEVEL = 0.95;
function resolveBootstrapOptions(options = {}) {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const level = options.level ?? DEFAULT_LEVEL;
  const seed = options.seed ?? 0;
  if (!(Number.isInteger(resamples) && resamples >= 1)) {
    throw new ConfigError(`Bootstrap resamples must be a positive integer, got ${resamples}`, {
      hint: "Use 2000 or more for a 95% interval."
    });
  }
  if (!(level > 0 && level < 1)) {
    throw new ConfigError(`Confidence level must lie strictly between 0 and 1, got ${level}`, {
      hint: "Write 0.95 for a 95% interval."
    });
  }
  if (!Number.isInteger(seed)) throw new ConfigError(`Bootstrap seed must be an integer, got ${seed}`);
  return { resamples, level, seed };
}
function percentileInterval(estimate, replicates, level) {
  replicates.sort();
  return {
    estimate,
    lower: quantileSorted(replicates, (1 - level) / 2),
    upper: quantileSorted(replicates, (1 + level) / 2),
    level,
    resamples: replicates.length,
    method: "percentile"
  };
}
function bootstrapReplicates(rows, statistic, resamples, rng, groups) {
  const weights = new Uint32Array(groups ? groups.sizes.length : rows);
  const replicates = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    if (groups) drawGroupCounts(rng, groups.groupOfRow, weights);
    else drawRowCounts(rng, weights);
    const value = statistic(weights);
    if (value === null) return null;
    replicates[r] = value;
  }
  return replicates;
}

// packages/stats/src/paired-mean-bootstrap.ts
function resampledMeans(values, resamples, rng) {
  const sums = resampledColumnSums([values], resamples, rng);
  for (let r = 0; r < resamples; r++) sums[r] /= values.length;
  return sums;
}
function statisticOfResampledMeans(columns, statistic, resamples, rng) {
  const n = columns[0].length;
  const width = columns.length;
  const means = new Float64Array(width);
  const sums = resampledColumnSums(columns, resamples, rng);
  const replicates = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    for (let c = 0; c < width; c++) means[c] = sums[r * width + c] / n;
    const value = statistic(means);
    if (value === null) return null;
    replicates[r] = value;
  }
  return replicates;
}

// packages/stats/src/radix-order.ts
function radixOrder(values) {
  const n = values.length;
  const bits = Float64Array.from(values);
  const words = new Uint32Array(bits.buffer);
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + 1];
    const l = words[2 * i];
    if (h & 2147483648) {
      hi[i] = ~h >>> 0;
      lo[i] = ~l >>> 0;
    } else {
      hi[i] = (h | 2147483648) >>> 0;
      lo[i] = l;
    }
  }
  let order = Uint32Array.from({ length: n }, (_, i) => i);
  let nextHi = new Uint32Array(n);
  let nextLo = new Uint32Array(n);
  let nextOrder = new Uint32Array(n);
  const counts = new Uint32Array(1 << 16);
  for (let pass = 0; pass < 4; pass++) {
    const shift = (pass & 1) * 16;
    const key = pass < 2 ? lo : hi;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[key[i] >>> shift & 65535]++;
    if (!digitStarts(counts, n, key[0] >>> shift & 65535)) continue;
    for (let i = 0; i < n; i++) {
      const at = counts[key[i] >>> shift & 65535]++;
      nextHi[at] = hi[i];
      nextLo[at] = lo[i];
      nextOrder[at] = order[i];
    }
    [hi, nextHi] = [nextHi, hi];
    [lo, nextLo] = [nextLo, lo];
    [order, nextOrder] = [nextOrder, order];
  }
  return order;
}
function digitStarts(counts, n, someDigit) {
  if (counts[someDigit] === n) return false;
  let sum = 0;
  for (let d = 0; d < counts.length; d++) {
    const c = counts[d];
    counts[d] = sum;
    sum += c;
  }
  return true;
}

// packages/stats/src/ranked-count-metrics.ts
function lastOfGroupFlags(ranked) {
  const flags = new Uint8Array(ranked.order.length);
  for (const end of ranked.groupEnds) flags[end - 1] = 1;
  return flags;
}
function rocAucOfRankedCounts(rankedLabels, lastOfGroup, counts) {
  let negativesBelow = 0;
  let positives = 0;
  let area = 0;
  let pos = 0;
  let all = 0;
  for (let k = 0; k < counts.length; k++) {
    const w = counts[k];
    pos += w * rankedLabels[k];
    all += w;
    if (lastOfGroup[k] === 1) {
      const neg = all - pos;
      area += pos * (negativesBelow + neg / 2);
      negativesBelow += neg;
      positives += pos;
      pos = 0;
      all = 0;
    }
  }
  if (positives === 0 || negativesBelow === 0) return null;
  return area / (positives * negativesBelow);
}
function averagePrecisionOfRankedCounts(rankedLabels, lastOfGroup, counts) {
  const n = counts.length;
  let totalPositives = 0;
  for (let k = 0; k < n; k++) totalPositives += counts[k] * rankedLabels[k];
  if (totalPositives === 0) return null;
  let truePositives = 0;
  let falsePositives = 0;
  let ap = 0;
  let pos = 0;
  let all = 0;
  for (let k = n - 1; k >= 0; k--) {
    const w = counts[k];
    pos += w * rankedLabels[k];
    all += w;
    if (k === 0 || lastOfGroup[k - 1] === 1) {
      truePositives += pos;
      falsePositives += all - pos;
      if (pos > 0) ap += pos / totalPositives * (truePositives / (truePositives + falsePositives));
      pos = 0;
      all = 0;
    }
  }
  return ap;
}

// packages/stats/src/ranked-scores.ts
function rankScores(name, scores) {
  const n = scores.length;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(scores[i])) {
      throw new ConfigError(`${name}[${i}] is ${String(scores[i])}; scores must be finite numbers`, {
        hint: "Remove rows without a prediction, or fix the model output."
      });
    }
  }
  const order = radixOrder(scores);
  const ends = [];
  for (let k = 1; k < n; k++) if (scores[order[k]] !== scores[order[k - 1]]) ends.push(k);
  if (n > 0) ends.push(n);
  return { order, groupEnds: Uint32Array.from(ends) };
}
function midranks(scores) {
  const { order, groupEnds } = rankScores("scores", scores);
  const ranks = new Float64Array(scores.length);
  let start = 0;
  for (const end of groupEnds) {
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]] = rank;
    start = end;
  }
  return ranks;
}

// packages/stats/src/ranking-metrics.ts
function rocAuc(labels, scores) {
  assertSameLength("ROC AUC", { name: "labels", values: labels }, { name: "scores", values: scores });
  assertBinaryLabels("labels", labels);
  const ranked = rankScores("scores", scores);
  return weightedRocAuc(labelsInRankOrder(labels, ranked), ranked);
}
function averagePrecision(labels, scores) {
  assertSameLength(
    "average precision",
    { name: "labels", values: labels },
    { name: "scores", values: scores }
  );
  assertBinaryLabels("labels", labels);
  const ranked = rankScores("scores", scores);
  return weightedAveragePrecision(labelsInRankOrder(labels, ranked), ranked);
}
function labelsInRankOrder(labels, ranked) {
  const { order } = ranked;
  const out = new Uint8Array(order.length);
  for (let k = 0; k < order.length; k++) out[k] = labels[order[k]] === 1 ? 1 : 0;
  return out;
}
function weightedRocAuc(rankedLabels, ranked, weights) {
  const { order, groupEnds } = ranked;
  let negativesBelow = 0;
  let positives = 0;
  let area = 0;
  let start = 0;
  for (let g = 0; g < groupEnds.length; g++) {
    const end = groupEnds[g];
    let pos = 0;
    let all = 0;
    for (let k = start; k < end; k++) {
      const w = weights ? weights[order[k]] : 1;
      pos += w * rankedLabels[k];
      all += w;
    }
    const neg = all - pos;
    area += pos * (negativesBelow + neg / 2);
    negativesBelow += neg;
    positives += pos;
    start = end;
  }
  if (positives === 0 || negativesBelow === 0) return null;
  return area / (positives * negativesBelow);
}
function weightedAveragePrecision(rankedLabels, ranked, weights) {
  const { order, groupEnds } = ranked;
  let totalPositives = 0;
  for (let k = 0; k < order.length; k++)
    totalPositives += (weights ? weights[order[k]] : 1) * rankedLabels[k];
  if (totalPositives === 0) return null;
  let truePositives = 0;
  let falsePositives = 0;
  let ap = 0;
  for (let g = groupEnds.length - 1; g >= 0; g--) {
    const start = g === 0 ? 0 : groupEnds[g - 1];
    let pos = 0;
    let all = 0;
    for (let k = start; k < groupEnds[g]; k++) {
      const w = weights ? weights[order[k]] : 1;
      pos += w * rankedLabels[k];
      all += w;
    }
    truePositives += pos;
    falsePositives += all - pos;
    if (pos > 0) ap += pos / totalPositives * (truePositives / (truePositives + falsePositives));
  }
  return ap;
}

// packages/stats/src/paired-ranking-bootstrap.ts
function rankingDeltaInputs(metric, actual, candidate, baseline) {
  assertBinaryLabels("actual", actual);
  const n = actual.length;
  const rankedCandidate = rankScores("candidate", candidate);
  const rankedBaseline = rankScores("baseline", baseline);
  const candidateLabels = labelsInRankOrder(actual, rankedCandidate);
  const candidateEnds = lastOfGroupFlags(rankedCandidate);
  const cells = tiedCells(candidateLabels, rankedCandidate, rankedBaseline);
  if (cells) {
    const { labels, toBaseline, baselineLabels, baselineEnds } = cells;
    const groups = { groupOfRow: cells.cellOfRank, sizes: cells.sizes };
    return {
      metric,
      labels,
      candidateEnds: cells.candidateEnds,
      toBaseline,
      baselineLabels,
      baselineEnds,
      groups
    };
  }
  const candidateRankOfRow = new Uint32Array(n);
  rankedCandidate.order.forEach((row, k) => {
    candidateRankOfRow[row] = k;
  });
  return {
    metric,
    labels: candidateLabels,
    candidateEnds,
    // Baseline rank j holds the row at candidate rank toBaseline[j].
    toBaseline: rankedBaseline.order.map((row) => candidateRankOfRow[row]),
    baselineLabels: labelsInRankOrder(actual, rankedBaseline),
    baselineEnds: lastOfGroupFlags(rankedBaseline)
  };
}
function rankingDeltaStatistic(inputs) {
  const { labels, candidateEnds, toBaseline, baselineLabels, baselineEnds, groups } = inputs;
  const walk = inputs.metric === "roc_auc" ? rocAucOfRankedCounts : averagePrecisionOfRankedCounts;
  const baselineCounts = new Uint32Array(labels.length);
  return {
    statistic: (candidateCounts) => {
      const c = walk(labels, candidateEnds, candidateCounts);
      if (c === null) return null;
      for (let j = 0; j < baselineCounts.length; j++) baselineCounts[j] = candidateCounts[toBaseline[j]];
      const b = walk(baselineLabels, baselineEnds, baselineCounts);
      return b === null ? null : c - b;
    },
    ...groups ? { groups } : {}
  };
}
function groupOfRow(ranked) {
  const group = new Uint32Array(ranked.order.length);
  let start = 0;
  ranked.groupEnds.forEach((end, g) => {
    for (let k = start; k < end; k++) group[ranked.order[k]] = g;
    start = end;
  });
  return group;
}
function tiedCells(candidateLabels, candidate, baseline) {
  const n = candidateLabels.length;
  const baselineGroup = groupOfRow(baseline);
  const groups = 2 * baseline.groupEnds.length;
  const keys = new Float64Array(n);
  let start = 0;
  candidate.groupEnds.forEach((end, g) => {
    for (let k = start; k < end; k++)
      keys[k] = g * groups + 2 * baselineGroup[candidate.order[k]] + candidateLabels[k];
    start = end;
  });
  const byKey = radixOrder(keys);
  const cellOfRank = new Uint32Array(n);
  const cellKeys = [];
  for (const k of byKey) {
    if (cellKeys.length === 0 || keys[k] !== cellKeys[cellKeys.length - 1]) {
      if (cellKeys.length >= n / 2) return void 0;
      cellKeys.push(keys[k]);
    }
    cellOfRank[k] = cellKeys.length - 1;
  }
  const cellCount = cellKeys.length;
  const sizes = new Uint32Array(cellCount);
  for (const cell of cellOfRank) sizes[cell]++;
  const labels = Uint8Array.from(cellKeys, (key) => key % 2);
  const candidateGroupOf = (cell) => Math.floor(cellKeys[cell] / groups);
  const baselineGroupOf = (cell) => Math.floor(cellKeys[cell] % groups / 2);
  const candidateEnds = Uint8Array.from(
    cellKeys,
    (_, c) => c === cellCount - 1 || candidateGroupOf(c + 1) !== candidateGroupOf(c) ? 1 : 0
  );
  const toBaseline = radixOrder(Float64Array.from(cellKeys, (_, c) => baselineGroupOf(c)));
  const baselineLabels = Uint8Array.from(toBaseline, (c) => labels[c]);
  const baselineEnds = Uint8Array.from(
    toBaseline,
    (c, j) => j === cellCount - 1 || baselineGroupOf(toBaseline[j + 1]) !== baselineGroupOf(c) ? 1 : 0
  );
  return { cellOfRank, sizes, labels, candidateEnds, toBaseline, baselineLabels, baselineEnds };
}

// packages/stats/src/probability-metrics.ts
var EPS = Number.EPSILON;
function checkInputs(what, labels, probabilities) {
  assertSameLength(
    what,
    { name: "labels", values: labels },
    { name: "probabilities", values: probabilities }
  );
  assertBinaryLabels("labels", labels);
  assertProbabilities("probabilities", probabilities);
}
function rowLogLoss(label, probability) {
  const p = Math.min(1 - EPS, Math.max(EPS, probability));
  return label === 1 ? -Math.log(p) : -Math.log(1 - p);
}
function logLoss(labels, probabilities) {
  checkInputs("log loss", labels, probabilities);
  const n = labels.length;
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += rowLogLoss(labels[i], probabilities[i]);
  return sum / n;
}
function brierScore(labels, probabilities) {
  checkInputs("Brier score", labels, probabilities);
  const n = labels.length;
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (probabilities[i] - labels[i]) ** 2;
  return sum / n;
}

// packages/stats/src/regression-metrics.ts
var EPS2 = Number.EPSILON;
function check(what, actual, predicted) {
  assertSameLength(what, { name: "actual", values: actual }, { name: "predicted", values: predicted });
  return actual.length;
}
function meanAbsoluteError(actual, predicted) {
  const n = check("mean absolute error", actual, predicted);
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.abs(actual[i] - predicted[i]);
  return sum / n;
}
function meanSquaredError(actual, predicted) {
  const n = check("mean squared error", actual, predicted);
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (actual[i] - predicted[i]) ** 2;
  return sum / n;
}
function rootMeanSquaredError(actual, predicted) {
  const mse = meanSquaredError(actual, predicted);
  return mse === null ? null : Math.sqrt(mse);
}
function rowAbsolutePercentageError(actual, predicted) {
  return Math.abs(actual - predicted) / Math.max(Math.abs(actual), EPS2);
}
function meanAbsolutePercentageError(actual, predicted) {
  const n = check("mean absolute percentage error", actual, predicted);
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += rowAbsolutePercentageError(actual[i], predicted[i]);
  return sum / n;
}
function maxError(actual, predicted) {
  const n = check("max error", actual, predicted);
  if (n === 0) return null;
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, Math.abs(actual[i] - predicted[i]));
  return max;
}
function r2Score(actual, predicted) {
  const n = check("R²", actual, predicted);
  if (n === 0) return null;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += actual[i];
  mean /= n;
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < n; i++) {
    ssRes += (actual[i] - predicted[i]) ** 2;
    ssTot += (actual[i] - mean) ** 2;
  }
  return r2FromSums(ssRes, ssTot);
}
function r2FromSums(ssRes, ssTot) {
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}

// packages/stats/src/paired-delta-resampler.ts
function resamplerInputs(metric, data) {
  return metric === "roc_auc" || metric === "precision_recall_auc" ? { metric, ranking: rankingDeltaInputs(metric, data.actual, data.candidate, data.baseline) } : { metric, data };
}
function resamplerOf(inputs) {
  if ("ranking" in inputs) {
    const { statistic, groups } = rankingDeltaStatistic(inputs.ranking);
    const rows = groups ? groups.groupOfRow.length : inputs.ranking.labels.length;
    return (resamples, rng) => bootstrapReplicates(rows, statistic, resamples, rng, groups);
  }
  const { metric, data } = inputs;
  const { actual, candidate, baseline } = data;
  const n = actual.length;
  const perRow = (f) => {
    const differences = new Float64Array(n);
    for (let i = 0; i < n; i++) differences[i] = f(actual[i], candidate[i]) - f(actual[i], baseline[i]);
    return (resamples, rng) => resampledMeans(differences, resamples, rng);
  };
  switch (metric) {
    case "log_loss":
      return perRow(rowLogLoss);
    case "brier_score":
      return perRow((y, p) => (p - y) ** 2);
    case "mean_absolute_error":
      return perRow((y, p) => Math.abs(y - p));
    case "mean_squared_error":
      return perRow((y, p) => (y - p) ** 2);
    case "mean_absolute_percentage_error":
      return perRow(rowAbsolutePercentageError);
    case "root_mean_squared_error": {
      const columns = squaredErrors(data);
      return (resamples, rng) => statisticOfResampledMeans(columns, (m) => Math.sqrt(m[0]) - Math.sqrt(m[1]), resamples, rng);
    }
    case "r2_score":
      return r2Resampler(data);
    case "expected_calibration_error":
      return calibrationErrorResampler(data);
    case "max_error":
      return (resamples, rng) => bootstrapReplicates(
        n,
        (w) => weightedMaxError(actual, candidate, w) - weightedMaxError(actual, baseline, w),
        resamples,
        rng
      );
  }
}
function squaredErrors({ actual, candidate, baseline }) {
  const n = actual.length;
  const c = new Float64Array(n);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    c[i] = (actual[i] - candidate[i]) ** 2;
    b[i] = (actual[i] - baseline[i]) ** 2;
  }
  return [c, b];
}
function r2Resampler(data) {
  const { actual } = data;
  const n = actual.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += actual[i];
  mean /= n;
  const centred = new Float64Array(n);
  const centredSquared = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    centred[i] = actual[i] - mean;
    centredSquared[i] = centred[i] ** 2;
  }
  const columns = [...squaredErrors(data), centred, centredSquared];
  const statistic = (m) => {
    const variance = m[3] - m[2] ** 2;
    const sst = variance <= m[3] * 1e-12 ? 0 : variance;
    return r2FromSums(m[0], sst) - r2FromSums(m[1], sst);
  };
  return (resamples, rng) => statisticOfResampledMeans(columns, statistic, resamples, rng);
}
function calibrationErrorResampler({ actual, candidate, baseline }) {
  const n = actual.length;
  const bins = DEFAULT_CALIBRATION_BINS;
  const edges = calibrationEdges(bins);
  const column = (predicted, first) => {
    const slot = new Uint8Array(n);
    const value = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      slot[i] = first + calibrationBinOf(predicted[i], edges);
      value[i] = actual[i] - predicted[i];
    }
    return { slot, value };
  };
  const columns = [column(candidate, 0), column(baseline, bins)];
  return (resamples, rng) => {
    const sums = resampledSlotSums(columns, 2 * bins, resamples, rng);
    const replicates = new Float64Array(resamples);
    for (let r = 0; r < resamples; r++) {
      let delta = 0;
      for (let b = 0; b < bins; b++)
        delta += Math.abs(sums[r * 2 * bins + b]) - Math.abs(sums[r * 2 * bins + bins + b]);
      replicates[r] = delta / n;
    }
    return replicates;
  };
}
function weightedMaxError(actual, predicted, weights) {
  let max = 0;
  for (let i = 0; i < actual.length; i++) {
    if (weights[i] > 0) max = Math.max(max, Math.abs(actual[i] - predicted[i]));
  }
  return max;
}

// packages/stats/src/resample-worker.ts
var MARKER = "mlops-stats-resample";
var RESAMPLE_WORKER_MIN_ROWS = 1e4;
function halfSizes(resamples) {
  return [Math.ceil(resamples / 2), Math.floor(resamples / 2)];
}
function halfStreams(seed) {
  const root = new Xoshiro128(seed);
  return [root.longSplit(), root.longSplit()];
}
function joined(first, second) {
  if (!first || !second) return null;
  const out = new Float64Array(first.length + second.length);
  out.set(first);
  out.set(second, first.length);
  return out;
}
function shared(values) {
  if (values instanceof Float64Array && values.buffer instanceof SharedArrayBuffer) return values;
  const out = new Float64Array(new SharedArrayBuffer(values.length * Float64Array.BYTES_PER_ELEMENT));
  for (let i = 0; i < values.length; i++) out[i] = values[i];
  return out;
}
async function pairedDeltaReplicates(metric, data, resamples, seed, workerMinRows = RESAMPLE_WORKER_MIN_ROWS) {
  const [firstSize, secondSize] = halfSizes(resamples);
  const [firstStream, secondStream] = halfStreams(seed);
  const inputs = resamplerInputs(metric, data);
  const resampler = resamplerOf(inputs);
  if (data.actual.length < workerMinRows || secondSize === 0) {
    return joined(resampler(firstSize, firstStream), resampler(secondSize, secondStream));
  }
  const second = resampleInWorker({
    inputs: inWorker(inputs),
    resamples: secondSize,
    state: secondStream.state
  });
  let first;
  try {
    first = resampler(firstSize, firstStream);
  } catch (e) {
    second.cancel();
    throw e;
  }
  return joined(first, await second.result);
}
function inWorker(inputs) {
  if ("ranking" in inputs) return inputs;
  const { actual, candidate, baseline } = inputs.data;
  return {
    ...inputs,
    data: { actual: shared(actual), candidate: shared(candidate), baseline: shared(baseline) }
  };
}
function resampleInWorker(job) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { [MARKER]: job } });
  const result = new Promise((resolve, reject) => {
    worker.once("message", (reply) => {
      if (reply.ok) resolve(reply.replicates);
      else reject(new RuntimeFailure(`resampling ${job.inputs.metric} failed: ${reply.message}`));
    });
    worker.once(
      "error",
      (e) => reject(new RuntimeFailure(`resampling ${job.inputs.metric} failed: ${e.message}`))
    );
    worker.once(
      "exit",
      (code) => reject(new RuntimeFailure(`resampling ${job.inputs.metric} stopped (worker exit code ${code})`))
    );
  });
  result.catch(() => {
  });
  return { result, cancel: () => void worker.terminate() };
}
function work(port, job) {
  let reply;
  try {
    const resampler = resamplerOf(job.inputs);
    const rng = new Xoshiro128(0);
    rng.state.set(job.state);
    reply = { ok: true, replicates: resampler(job.resamples, rng) };
  } catch (e) {
    reply = { ok: false, message: e.message };
  }
  port.postMessage(reply, reply.ok && reply.replicates ? [reply.replicates.buffer] : []);
}
if (!isMainThread && parentPort && workerData?.[MARKER]) {
  work(parentPort, workerData[MARKER]);
}

export {
  finiteValues,
  presentCategories,
  assertSameLength,
  assertBinaryLabels,
  binomialPmf,
  poissonTerm,
  sampleMultinomial,
  DEFAULT_CALIBRATION_BINS,
  calibrationBins,
  expectedCalibrationError,
  calibrationEdges,
  calibrationBinOf,
  digitStarts,
  rankScores,
  midranks,
  logLoss,
  brierScore,
  rocAuc,
  averagePrecision,
  labelsInRankOrder,
  weightedRocAuc,
  meanAbsoluteError,
  meanSquaredError,
  rootMeanSquaredError,
  meanAbsolutePercentageError,
  maxError,
  r2Score,
  quantileSorted,
  quantiles,
  Xoshiro128,
  DEFAULT_LEVEL,
  resolveBootstrapOptions,
  percentileInterval,
  RESAMPLE_WORKER_MIN_ROWS,
  pairedDeltaReplicates
};
