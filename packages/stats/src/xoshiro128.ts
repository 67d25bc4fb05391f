/**
 * xoshiro128** (Blackman & Vigna, 2018): a 32-bit generator with 128 bits of state, period 2^128 − 1,
 * that passes BigCrush and is fast in JavaScript because it needs only 32-bit integer operations.
 * Seeded from one 32-bit integer through splitmix32 (a Weyl sequence through the murmur3 finaliser),
 * so nearby seeds give unrelated streams. Every seeded computation in this package is reproducible
 * across machines and Node versions: nothing here touches `Math.random`.
 */
/** Jump polynomials of xoshiro128** (the reference implementation's `jump` and `long_jump`). */
const JUMP_2_64 = [0x8764000b, 0xf542d2d3, 0x6fa035c3, 0x77f2db5b];
const JUMP_2_96 = [0xb523952e, 0x0b6f099f, 0xccf5a0ef, 0x1c580662];

export class Xoshiro128 {
  /**
   * The four state words. Hot loops copy them into locals, advance them inline (a method call per
   * draw costs about a third of the throughput) and write them back.
   */
  readonly state: Int32Array;

  constructor(seed: number) {
    this.state = new Int32Array(4);
    let weyl = seed | 0;
    for (let i = 0; i < 4; i++) {
      weyl = (weyl + 0x9e3779b9) | 0;
      let z = weyl;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      this.state[i] = z ^ (z >>> 16);
    }
    // The all-zero state is the one fixed point of the recurrence.
    if (this.state.every((w) => w === 0)) this.state[0] = 1;
  }

  /** A uniformly distributed unsigned 32-bit integer. */
  nextUint32(): number {
    const s = this.state;
    const s1 = s[1]!;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s[2]! ^= s[0]!;
    s[3]! ^= s1;
    s[1] = s1 ^ s[2]!;
    s[0]! ^= s[3]!;
    s[2]! ^= t;
    s[3] = (s[3]! << 11) | (s[3]! >>> 21);
    return result;
  }

  /** A uniform double in [0, 1) with all 53 bits of mantissa random. */
  nextFloat(): number {
    const hi = this.nextUint32() >>> 5;
    const lo = this.nextUint32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** A uniform integer in [0, bound), exactly uniform (rejection on a power-of-two mask). */
  nextBelow(bound: number): number {
    if (!(Number.isInteger(bound) && bound >= 1 && bound <= 0x100000000)) {
      throw new RangeError(`nextBelow needs an integer bound in [1, 2^32], got ${bound}`);
    }
    if (bound === 1) return 0;
    const mask = bound > 0x80000000 ? 0xffffffff : 2 ** Math.ceil(Math.log2(bound)) - 1;
    for (;;) {
      const x = (this.nextUint32() & mask) >>> 0;
      if (x < bound) return x;
    }
  }

  /**
   * A generator for an independent stream: it starts where this one is, and this one then jumps
   * 2^64 draws ahead, so the two never overlap unless one of them draws 2^64 numbers.
   */
  split(): Xoshiro128 {
    return this.#splitBy(JUMP_2_64);
  }

  /**
   * Like `split`, but this one then jumps 2^96 draws ahead: room for 2^32 streams split from the child
   * (each `split` spends 2^64), so a computation that splits its generator further can run on one
   * long-split stream per thread without any two of their streams overlapping.
   */
  longSplit(): Xoshiro128 {
    return this.#splitBy(JUMP_2_96);
  }

  #splitBy(polynomial: readonly number[]): Xoshiro128 {
    const child = new Xoshiro128(0);
    child.state.set(this.state);
    this.#jump(polynomial);
    return child;
  }

  #jump(polynomial: readonly number[]): void {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (const word of polynomial) {
      for (let b = 0; b < 32; b++) {
        if ((word >>> b) & 1) {
          s0 ^= this.state[0]!;
          s1 ^= this.state[1]!;
          s2 ^= this.state[2]!;
          s3 ^= this.state[3]!;
        }
        this.nextUint32();
      }
    }
    this.state[0] = s0;
    this.state[1] = s1;
    this.state[2] = s2;
    this.state[3] = s3;
  }
}
