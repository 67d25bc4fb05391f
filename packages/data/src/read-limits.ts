/**
 * Caps on what one data file may make a reader hold or do, so that a file a pull request controls
 * cannot exhaust a runner's memory or time: a field or row longer than any real dataset's (a CSV with a
 * never-closed quote, a single 2 GiB line), a gzip bomb and a Parquet row group too large to decode in
 * memory stop with a located error instead. The
 * defaults are far above real data; a contract's `limits` raises them.
 */
export interface ReadLimits {
  /** Bytes of one CSV field as stored (quotes included). */
  maxFieldBytes: number;
  /** Bytes of one CSV row or JSON Lines line, line end excluded. */
  maxRowBytes: number;
  /** Bytes a gzip file may decompress to. */
  maxDecompressedBytes: number;
  /** Decompressed bytes per compressed byte, checked once `RATIO_GRACE_BYTES` have been decompressed. */
  maxCompressionRatio: number;
  /** Uncompressed bytes of one Parquet row group, which is decoded whole. */
  maxRowGroupBytes: number;
}

const MiB = 1 << 20;

export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = {
  maxFieldBytes: 16 * MiB,
  maxRowBytes: 64 * MiB,
  maxDecompressedBytes: 16 * 1024 * MiB,
  // Text data compresses 3–20×, repetitive columns up to ~100×; gzip itself cannot exceed ~1032×.
  maxCompressionRatio: 200,
  // Writers default to 64–128 MiB (Spark, parquet-mr) or a million rows (pyarrow): room for wide ones.
  maxRowGroupBytes: 256 * MiB,
};

/** Small files may compress at any ratio: only a stream that goes on expanding is a bomb. */
export const RATIO_GRACE_BYTES = 64 * MiB;

export function readLimits(given: Partial<ReadLimits> = {}): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...given };
}

/** "16 MiB", "64.5 KiB", "1000 bytes": for messages. */
export function formatBytes(n: number): string {
  for (const [unit, size] of [
    ["GiB", 1024 * MiB],
    ["MiB", MiB],
    ["KiB", 1024],
  ] as const) {
    if (n >= size) return `${n % size === 0 ? n / size : (n / size).toFixed(1)} ${unit}`;
  }
  return `${n} bytes`;
}
