/**
 * Reading CSV cells straight from their bytes, for the common cases only: a plain decimal number, an
 * ISO date or date-time, a text seen before. Each function either gives the value the string path
 * (`coercerFor`) would give for the same text, or says it cannot tell, and the caller falls back to the
 * string path — so the fast path changes speed, never results.
 */

const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
  1e20, 1e21, 1e22,
];

/**
 * A plain decimal (`-12`, `3.25`, `.5`, `1e-3`) as `Number()` reads it, or NaN when the text is anything
 * else or has too many digits to be sure. Up to 15 significant digits and a power of ten within ±22 are
 * exact doubles, so one multiplication or division rounds correctly (Clinger's fast path).
 */
export function parseDecimal(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  let negative = false;
  let c = bytes[i];
  if (c === 0x2d || c === 0x2b) {
    negative = c === 0x2d;
    i++;
  }
  let mantissa = 0;
  let significant = 0;
  let digits = 0;
  let scale = 0;
  while (i < end) {
    c = bytes[i]! - 48;
    if (c < 0 || c > 9) break;
    if (significant > 0 || c !== 0) significant++;
    mantissa = mantissa * 10 + c;
    digits++;
    i++;
  }
  if (i < end && bytes[i] === 0x2e) {
    i++;
    while (i < end) {
      c = bytes[i]! - 48;
      if (c < 0 || c > 9) break;
      if (significant > 0 || c !== 0) significant++;
      mantissa = mantissa * 10 + c;
      digits++;
      scale--;
      i++;
    }
  }
  if (digits === 0 || significant > 15) return Number.NaN;
  if (i < end && (bytes[i] === 0x65 || bytes[i] === 0x45)) {
    i++;
    let expNegative = false;
    if (bytes[i] === 0x2d || bytes[i] === 0x2b) {
      expNegative = bytes[i] === 0x2d;
      i++;
    }
    let exponent = 0;
    let expDigits = 0;
    while (i < end && expDigits < 4) {
      c = bytes[i]! - 48;
      if (c < 0 || c > 9) break;
      exponent = exponent * 10 + c;
      expDigits++;
      i++;
    }
    if (expDigits === 0) return Number.NaN;
    scale += expNegative ? -exponent : exponent;
  }
  if (i !== end || scale < -22 || scale > 22) return Number.NaN;
  const value = scale < 0 ? mantissa / POW10[-scale]! : mantissa * POW10[scale]!;
  return negative ? -value : value;
}

/** `YYYY-MM-DD` as the number YYYYMMDD (a cache key), or -1. */
export function dateKey(bytes: Uint8Array, start: number): number {
  if (bytes[start + 4] !== 0x2d || bytes[start + 7] !== 0x2d) return -1;
  let key = 0;
  for (let i = start; i < start + 10; i++) {
    if (i === start + 4 || i === start + 7) continue;
    const c = bytes[i]! - 48;
    if (c < 0 || c > 9) return -1;
    key = key * 10 + c;
  }
  return key;
}

/**
 * The epoch milliseconds of the UTC calendar date YYYYMMDD (a `dateKey`), as `Date.UTC` gives them for
 * years from 100 on, or NaN when the date does not exist (Hinnant's days-from-civil, no Date object).
 */
export function civilDate(key: number): number {
  const y = Math.floor(key / 10_000);
  const m = Math.floor(key / 100) % 100;
  const d = key % 100;
  if (y < 100 || m < 1 || m > 12 || d < 1) return Number.NaN;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  if (d > days) return Number.NaN;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yearOfEra = yy - era * 400;
  const dayOfYear = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (era * 146_097 + dayOfEra - 719_468) * 86_400_000;
}

/**
 * The clock part of `YYYY-MM-DDTHH:mm:ss` (T or a space), optionally followed by `Z`, in milliseconds,
 * or -1 for any other form (offsets, fractions: the string path reads those).
 */
export function clockMillis(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length !== 19 && !(length === 20 && bytes[start + 19] === 0x5a)) return -1;
  const t = bytes[start + 10];
  if ((t !== 0x54 && t !== 0x20) || bytes[start + 13] !== 0x3a || bytes[start + 16] !== 0x3a) return -1;
  const hh = twoDigits(bytes, start + 11);
  const mm = twoDigits(bytes, start + 14);
  const ss = twoDigits(bytes, start + 17);
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59) return -1;
  return ((hh * 60 + mm) * 60 + ss) * 1000;
}

function twoDigits(bytes: Uint8Array, at: number): number {
  const a = bytes[at]! - 48;
  const b = bytes[at + 1]! - 48;
  return a < 0 || a > 9 || b < 0 || b > 9 ? -1 : a * 10 + b;
}

/**
 * Byte strings → small integers (entries), by open addressing on a 32-bit hash with the bytes compared
 * on a hit, so a text seen before is recognised without decoding it. Holds at most `limit` entries.
 */
export class ByteDictionary {
  private readonly limit: number;
  private slots = new Int32Array(1024).fill(-1);
  private hashes: Int32Array<ArrayBuffer> = new Int32Array(256);
  private starts: Int32Array<ArrayBuffer> = new Int32Array(256);
  private ends: Int32Array<ArrayBuffer> = new Int32Array(256);
  private store = Buffer.alloc(4096);
  private used = 0;
  size = 0;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** The entry for these bytes, adding it when new; -1 when new and the dictionary is full. */
  entry(bytes: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s]!;
      if (e === -1) {
        if (this.size >= this.limit) return -1;
        return this.add(bytes, start, end, h, s);
      }
      if (this.hashes[e] === h && this.ends[e]! - this.starts[e]! === length) {
        const from = this.starts[e]!;
        let same = true;
        for (let i = 0; i < length; i++) {
          if (this.store[from + i] !== bytes[start + i]) {
            same = false;
            break;
          }
        }
        if (same) return e;
      }
    }
  }

  private add(bytes: Uint8Array, start: number, end: number, h: number, slot: number): number {
    const e = this.size++;
    if (e === this.hashes.length) {
      this.hashes = grown(this.hashes);
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
    }
    const length = end - start;
    if (this.used + length > this.store.length) {
      const next = Buffer.alloc(Math.max(this.store.length * 2, this.used + length));
      this.store.copy(next, 0, 0, this.used);
      this.store = next;
    }
    this.store.set(bytes.subarray(start, end), this.used);
    this.hashes[e] = h;
    this.starts[e] = this.used;
    this.ends[e] = this.used + length;
    this.used += length;
    this.slots[slot] = e;
    if (this.size * 2 > this.slots.length) this.rehash();
    return e;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let e = 0; e < this.size; e++) {
      let s = this.hashes[e]! & mask;
      while (slots[s] !== -1) s = (s + 1) & mask;
      slots[s] = e;
    }
    this.slots = slots;
  }
}

function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const next = new Int32Array(a.length * 2);
  next.set(a);
  return next;
}
