/**
 * A 53-bit content hash of a sequence of texts (two 32-bit multiplicative hashes, combined so the key is
 * an exact integer in a double). Keys live in Float64Arrays — 8 bytes a row — and sort natively, which
 * is how duplicate rows, unique columns and rows shared between datasets are found without keeping
 * the rows. Two different rows share a key with probability about n²/2⁵⁴ (5·10⁻⁵ for a million rows).
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
    // A separator, so ("ab", "c") and ("a", "bc") differ.
    this.a = Math.imul(a ^ 0x1f, 0x01000193);
    this.b = Math.imul(b ^ 0x1f, 0x5bd1e995);
  }

  key(): number {
    return (this.a >>> 11) * 4294967296 + (this.b >>> 0);
  }
}

/** The text a raw cell contributes to a content hash. */
export function cellText(raw: unknown): string {
  if (typeof raw === "string") return raw;
  if (raw === null || raw === undefined) return "\u0000";
  if (raw instanceof Date) return raw.toISOString();
  if (typeof raw === "object") return JSON.stringify(raw, (_, v) => (typeof v === "bigint" ? String(v) : v));
  return String(raw);
}

/** A Float64Array that grows by doubling, for per-row keys. */
export class KeyList {
  private data = new Float64Array(1024);
  length = 0;

  push(key: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = key;
  }

  values(): Float64Array {
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
export function findRepeats(keys: Float64Array, limit = 5): Repeats {
  const sorted = Float64Array.from(keys).sort();
  let count = 0;
  const repeated = new Set<number>();
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) {
      count++;
      if (repeated.size < 1000) repeated.add(sorted[i]!);
    }
  }
  const examples: Repeats["examples"] = [];
  if (count > 0) {
    const first = new Map<number, number>();
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
  keys: Float64Array,
  other: Float64Array,
  limit = 5,
): { count: number; examples: number[] } {
  const lookup = Float64Array.from(other).sort();
  let count = 0;
  const examples: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (contains(lookup, keys[i]!)) {
      count++;
      if (examples.length < limit) examples.push(i);
    }
  }
  return { count, examples };
}

function contains(sorted: Float64Array, key: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === key) return true;
    if (v < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
