import { closeSync, openSync, writeSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { RuntimeFailure } from "@mlops/core";
import { sha256Of } from "./canonical-json.ts";
import type { ChatRequest } from "./prompt-render.ts";
import type { Completion } from "./provider.ts";
import { redactRecord } from "./redact-record.ts";

/**
 * Completed calls on disk. The cache outlives runs (one file per response under `<dir>/<2 hex>/`, a
 * layout `actions/cache` saves and restores as is); the checkpoint journal makes a killed run resume
 * even with the cache off. Errors are never stored, so a rerun retries them. Neither holds the API key:
 * the key is the hash of the endpoint, the request and the repeat index, and every field of an answer is
 * redacted before it is written (a server may echo the key in `model` or `system_fingerprint`).
 */

export type CacheMode = "use" | "refresh" | "off";

export const DEFAULT_CACHE_DIR = ".mlops/llm-cache";

export function requestKey(endpoint: string, request: ChatRequest, repeat: number): string {
  return sha256Of({ endpoint, request, repeat });
}

let tmpSequence = 0;

export class ResponseCache {
  readonly #dir: string;
  readonly #mode: CacheMode;

  constructor(dir: string, mode: CacheMode) {
    this.#dir = dir;
    this.#mode = mode;
  }

  #file(key: string): string {
    return path.join(this.#dir, key.slice(0, 2), `${key}.json`);
  }

  async get(key: string): Promise<Completion | undefined> {
    if (this.#mode !== "use") return undefined;
    const text = await readFile(this.#file(key), "utf8").catch(() => undefined);
    if (text === undefined) return undefined;
    try {
      return (JSON.parse(text) as { response: Completion }).response;
    } catch {
      return undefined;
    }
  }

  async set(key: string, response: Completion, storedAt: Date): Promise<void> {
    if (this.#mode === "off") return;
    const file = this.#file(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Two cases can render the same request and finish together: each write has a temporary file of its own.
    const tmp = `${file}.${process.pid}-${++tmpSequence}.tmp`;
    const record = redactRecord({ key, storedAt: storedAt.toISOString(), response });
    await writeFile(tmp, JSON.stringify(record));
    await rename(tmp, file);
  }
}

/**
 * An append-only journal of completed calls for one run; removed when the run finishes. A call's line
 * is written the moment its answer is parsed, before anything that can fail or be interrupted (grading,
 * the cache): a run killed at any instant loses only calls in flight. A completed write(2) is in the
 * kernel's page cache, which outlives a killed process, so no fsync: that would cost a disk flush per
 * call and only guards against the machine itself going down, which takes the runner's workspace too.
 */
export class Checkpoint {
  readonly #file: string;
  readonly #done = new Map<string, Completion>();
  #fd: number | undefined;
  #failure: unknown;

  constructor(file: string) {
    this.#file = file;
  }

  /** Reads what an earlier, interrupted run of the same inputs completed. */
  async open(): Promise<number> {
    const text = await readFile(this.#file, "utf8").catch(() => "");
    for (const line of text.split("\n")) {
      if (!line) continue;
      try {
        const { key, response } = JSON.parse(line) as { key: string; response: Completion };
        this.#done.set(key, response);
      } catch {
        // A line cut short by the kill: that call simply runs again.
      }
    }
    await mkdir(path.dirname(this.#file), { recursive: true });
    this.#fd = openSync(this.#file, "a");
    // Lines appended after a cut one must start on a line of their own, or they would be cut too.
    if (text && !text.endsWith("\n")) writeSync(this.#fd, "\n");
    return this.#done.size;
  }

  get(key: string): Completion | undefined {
    return this.#done.get(key);
  }

  /**
   * Journals a completed call: when this returns, its line is with the kernel. One synchronous write per
   * call costs microseconds, and batching answers that arrive together would leave them unjournaled
   * for a turn of the event loop meanwhile. A failed write does not hold up grading: the run reports it
   * at the end.
   */
  record(key: string, response: Completion): void {
    const record = redactRecord({ key, response });
    this.#done.set(key, record.response);
    if (this.#fd === undefined || this.#failure) return;
    const line = Buffer.from(`${JSON.stringify(record)}\n`);
    try {
      // A short write is finished, or the next line would run on from half a line and be lost too.
      for (let at = 0; at < line.length; ) at += writeSync(this.#fd, line, at);
    } catch (e) {
      this.#failure = e;
    }
  }

  /** Keeps the journal, for a run that stops early and resumes later. */
  close(): void {
    this.#closeFile();
  }

  async finish(): Promise<void> {
    this.#closeFile();
    if (this.#failure) {
      throw new RuntimeFailure(
        `could not write the checkpoint ${this.#file}: ${(this.#failure as Error).message}`,
        {
          hint: "check free space and permissions of the cache directory",
          cause: this.#failure,
        },
      );
    }
    await rm(this.#file, { force: true });
  }

  #closeFile(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }
}
