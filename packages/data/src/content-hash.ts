import type { CsvFields } from "./csv-scanner.ts";

/**
 * A 64-bit content hash of a sequence of texts: two 32-bit lanes (FNV-1a and a multiply–xorshift lane),
 * each finished with murmur3's avalanche, so the key needs no BigInt per row. Keys live in
 * BigUint64Arrays — 8 bytes a row — and sort natively, which is how duplicate rows, unique columns and
 * rows shared between datasets are found without keeping the rows. Treating the key as uniformly random,
 * two different rows among n share one with probability about n²/2⁶⁵: 3·10⁻⁸ for a million rows,
 * 4·10⁻⁷ for four million. A cell hashes the same from its bytes (ASCII) as from its string.
 */
export class ContentHash {
  private a = 0x811c9dc5;
  private b = 0x9747b28c;

  reset(): void {
    this.a = 0x811c9dc5;
    this.b = 0x9747b28c;
  }

  add(text: string): void {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    this.separate(a, b);
  }

  /** Adds `bytes[start, end)` as `add` would add its text; false (nothing added) when it is not ASCII. */
  addAscii(bytes: Uint8Array, start: number, end: number): boolean {
    let a = this.a;
    let b = this.b;
    for (let i = start; i < end; i++) {
      const c = bytes[i]!;
      if (c > 0x7f) return false;
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    this.separate(a, b);
    return true;
  }

  /** Adds the `c`-th field of a CSV row from its bytes when they are plain ASCII, else from its text. */
  addField(f: CsvFields, c: number): void {
    if (f.escaped[c] === 1 || !this.addAscii(f.bytes, f.start[c]!, f.end[c]!)) this.add(f.text(c));
  }

  /** A separator, so ("ab", "c") and ("a", "bc") differ. */
  private separate(a: number, b: number): void {
    this.a = Math.imul(a ^ 0x1f, 0x01000193);
    this.b = Math.imul(b ^ 0x1f, 0x5bd1e995);
  }

  /** Appends the key of what was added to `list`. */
  pushTo(list: KeyList): void {
    list.push(avalanche(this.a ^ Math.imul(this.b, 0x85ebca6b)), avalanche(this.b));
  }
}

function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The text a raw cell contributes to a content hash. */
export function cellText(raw: unknown): string {
  if (typeof raw === "string") return raw;
  if (raw === null || raw === undefined) return "\u0000";
  if (raw instanceof Date) return raw.toISOString();
  if (typeof raw === "object") return JSON.stringify(raw, (_, v) => (typeof v === "bigint" ? String(v) : v));
  return String(raw);
}

/**
 * Fresh zeroed memory costs nothing until written, so key lists start with room for 4M rows and need no
 * copying (which leaves garbage behind) until then.
 */
const INITIAL_KEYS = 1 << 22;

/** 64-bit keys, growing by doubling, written as two 32-bit words (little-endian, as BigUint64Array reads them). */
export class KeyList {
  private words = new Uint32Array(2 * INITIAL_KEYS);
  length = 0;

  push(low: number, high: number): void {
    if (this.length * 2 === this.words.length) {
      const next = new Uint32Array(this.words.length * 2);
      next.set(this.words);
      this.words = next;
    }
    this.words[this.length * 2] = low;
    this.words[this.length * 2 + 1] = high;
    this.length++;
  }

  values(): BigUint64Array {
    return new BigUint64Array(this.words.buffer, 0, this.length);
  }
}

/** Row numbers (or any non-negative integers below 2³²), 4 bytes each, growing by doubling. */
export class IndexList {
  private data = new Uint32Array(INITIAL_KEYS);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  values(): Uint32Array {
    return this.data.subarray(0, this.length);
  }
}

export interface Repeats {
  /** Rows whose key appeared on an earlier row. */
  count: number;
  /** Up to `limit` repeats in row order: the index of the repeat and of its first occurrence. */
  examples: { index: number; firstIndex: number }[];
}

/** Counts keys that repeat an earlier key, with the first few repeats in order. */
export function findRepeats(keys: BigUint64Array, limit = 5): Repeats {
  const sorted = keys.slice().sort();
  let count = 0;
  const repeated = new Set<bigint>();
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) {
      count++;
      if (repeated.size < 1000) repeated.add(sorted[i]!);
    }
  }
  const examples: Repeats["examples"] = [];
  if (count > 0) {
    const first = new Map<bigint, number>();
    for (let i = 0; i < keys.length && examples.length < limit; i++) {
      const k = keys[i]!;
      if (!repeated.has(k)) continue;
      const seen = first.get(k);
      if (seen === undefined) first.set(k, i);
      else examples.push({ index: i, firstIndex: seen });
    }
  }
  return { count, examples };
}

/** How many keys of `keys` also occur in `other`, with the first few indices (into `keys`). */
export function sharedKeys(
  keys: BigUint64Array,
  other: BigUint64Array,
  limit = 5,
): { count: number; examples: number[] } {
  const lookup = other.slice().sort();
  const sortedWords = new Uint32Array(lookup.buffer, lookup.byteOffset, lookup.length * 2);
  const words = new Uint32Array(keys.buffer, keys.byteOffset, keys.length * 2);
  let count = 0;
  const examples: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (contains(sortedWords, words[2 * i + 1]!, words[2 * i]!)) {
      count++;
      if (examples.length < limit) examples.push(i);
    }
  }
  return { count, examples };
}

/** Binary search of a sorted BigUint64Array through its 32-bit words, so no BigInt is made per probe. */
function contains(sorted: Uint32Array, high: number, low: number): boolean {
  let lo = 0;
  let hi = sorted.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const h = sorted[2 * mid + 1]!;
    const l = sorted[2 * mid]!;
    if (h === high && l === low) return true;
    if (h < high || (h === high && l < low)) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
