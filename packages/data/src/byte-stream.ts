import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { createGunzip } from "node:zlib";
import { ConfigError } from "@mlops/core";
import { formatBytes, RATIO_GRACE_BYTES, type ReadLimits, readLimits } from "./read-limits.ts";

/**
 * The bytes of a data file, decompressed when it is gzip (recognised by its magic bytes, not its name),
 * checked to be UTF-8 as they stream by, and digested (sha256 of the file as stored) for the dataset's
 * fingerprint. Memory stays at one chunk whatever the file size, and a gzip file stops with a located
 * error once it expands past `maxDecompressedBytes` or `maxCompressionRatio`.
 */
export interface ByteStream {
  chunks: AsyncIterable<Buffer>;
  /** Valid once `chunks` is exhausted. */
  result(): { sha256: string; bytes: number; gzip: boolean };
}

const CHUNK = 1 << 20;

/** Refuses, with a located message, a data file that is missing, unreadable or not a file. */
export async function checkDataFile(file: string): Promise<void> {
  const info = await stat(file).catch((e: NodeJS.ErrnoException) => {
    throw new ConfigError(e.code === "ENOENT" ? "data file not found" : `cannot read data file (${e.code})`, {
      location: { file },
      hint: "check the path; relative paths are resolved from the working directory",
    });
  });
  if (!info.isFile()) {
    throw new ConfigError(info.isDirectory() ? "a directory, not a data file" : "not a regular file", {
      location: { file },
      hint: "name a CSV, TSV, JSON Lines or Parquet file (optionally gzipped)",
    });
  }
}

export async function isGzipFile(file: string): Promise<boolean> {
  await checkDataFile(file);
  const handle = await open(file, "r");
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/**
 * Chunks may share one buffer that the next chunk overwrites (plain files are read into the same buffer
 * every time, which keeps a million-row file from leaving a hundred 1 MB buffers for the collector): a
 * consumer copies what it keeps of a chunk before asking for the next.
 */
export async function openByteStream(
  file: string,
  options: { utf8: boolean; limits?: ReadLimits },
): Promise<ByteStream> {
  const gzip = await isGzipFile(file);
  const limits = options.limits ?? readLimits();
  const hash = createHash("sha256");
  let bytes = 0;
  let digest: string | undefined;

  async function* plain(): AsyncGenerator<Buffer> {
    const handle = await open(file, "r");
    try {
      const buffer = Buffer.allocUnsafe(CHUNK);
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
        if (bytesRead === 0) return;
        const chunk = buffer.subarray(0, bytesRead);
        hash.update(chunk);
        bytes += bytesRead;
        yield chunk;
      }
    } finally {
      await handle.close();
    }
  }

  function compressed(): AsyncIterable<Buffer> {
    const raw = createReadStream(file, { highWaterMark: CHUNK });
    raw.on("data", (chunk) => {
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    });
    const source = raw.pipe(createGunzip({ chunkSize: CHUNK }));
    raw.on("error", (e) => source.destroy(e));
    // A reader that stops early (after the header) closes the file too, not just the decompressor.
    source.on("close", () => raw.destroy());
    return source;
  }

  async function* chunks(): AsyncGenerator<Buffer> {
    const checker = options.utf8 ? new Utf8Checker(file) : undefined;
    let expanded = 0;
    try {
      for await (const chunk of gzip ? compressed() : plain()) {
        if (gzip) {
          expanded += (chunk as Buffer).length;
          checkExpansion(file, expanded, bytes, limits);
        }
        checker?.check(chunk as Buffer);
        yield chunk as Buffer;
      }
    } catch (e) {
      if (e instanceof ConfigError) throw e;
      const err = e as NodeJS.ErrnoException;
      throw new ConfigError(
        gzip ? `cannot decompress: ${err.message}` : `cannot read data file: ${err.message}`,
        {
          location: { file },
          hint: gzip ? "the gzip file is truncated or corrupt; re-create it" : undefined,
        },
      );
    }
    checker?.end();
    digest = hash.digest("hex");
  }

  return {
    chunks: chunks(),
    result() {
      if (digest === undefined) throw new Error("byte stream read before it was consumed");
      return { sha256: digest, bytes, gzip };
    },
  };
}

function checkExpansion(file: string, expanded: number, compressed: number, limits: ReadLimits): void {
  const tooBig = expanded > limits.maxDecompressedBytes;
  const ratio = expanded / Math.max(1, compressed);
  if (!tooBig && (expanded <= RATIO_GRACE_BYTES || ratio <= limits.maxCompressionRatio)) return;
  throw new ConfigError(
    tooBig
      ? `the gzip file expands past the limit of ${formatBytes(limits.maxDecompressedBytes)}`
      : `the gzip file expands more than ${limits.maxCompressionRatio}× (${Math.round(ratio)}× after ${formatBytes(expanded)})`,
    {
      location: { file },
      hint: `a file that expands this much is more likely a decompression bomb than data; if it is data, raise \`limits.${tooBig ? "maxDecompressedBytes" : "maxCompressionRatio"}\` in the data contract`,
    },
  );
}

/**
 * Validates UTF-8 across chunk boundaries with the native checker, and on failure finds the first bad
 * byte to name its line and (byte) column. Newlines are counted as chunks pass, which is cheap.
 */
class Utf8Checker {
  private readonly file: string;
  private carry: Buffer = Buffer.alloc(0);
  private lines = 1;
  private lineStart = 0;
  private offset = 0;

  constructor(file: string) {
    this.file = file;
  }

  check(chunk: Buffer): void {
    const data = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const end = completeUpTo(data);
    const body = data.subarray(0, end);
    if (!isUtf8(body)) this.fail(body);
    this.count(body);
    this.carry = Buffer.from(data.subarray(end));
  }

  end(): void {
    if (this.carry.length > 0) this.fail(this.carry);
  }

  private count(body: Buffer): void {
    let i = body.indexOf(10);
    while (i !== -1) {
      this.lines++;
      this.lineStart = this.offset + i + 1;
      i = body.indexOf(10, i + 1);
    }
    this.offset += body.length;
  }

  private fail(body: Buffer): never {
    const bad = firstInvalidByte(body);
    this.count(body.subarray(0, bad));
    const column = this.offset - this.lineStart + 1;
    throw new ConfigError(`invalid UTF-8 (byte 0x${body[bad]?.toString(16).padStart(2, "0")})`, {
      location: { file: this.file, line: this.lines, column },
      hint: "save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`); the column counts bytes",
    });
  }
}

/** The length of the prefix that ends on a character boundary (a trailing partial sequence waits). */
function completeUpTo(data: Buffer): number {
  const n = data.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = data[n - back]!;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

function firstInvalidByte(data: Buffer): number {
  let i = 0;
  while (i < data.length) {
    const b = data[i]!;
    const need =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (need === 0 || i + need > data.length) return i;
    if (!isUtf8(data.subarray(i, i + need))) return i;
    i += need;
  }
  return Math.max(0, data.length - 1);
}
