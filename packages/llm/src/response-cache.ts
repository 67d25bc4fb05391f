import { type FileHandle, mkdir, open, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { RuntimeFailure } from "@mlops/core";
import { sha256Of } from "./canonical-json.ts";
import type { ChatRequest } from "./prompt-render.ts";
import type { Completion } from "./provider.ts";

/**
 * Completed calls on disk. The cache outlives runs (one file per response under `<dir>/<2 hex>/`, a
 * layout `actions/cache` saves and restores as is); the checkpoint journal makes a killed run resume
 * even with the cache off. Errors are never stored, so a rerun retries them. Neither holds the API key:
 * the key is the hash of the endpoint, the request and the repeat index.
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
    await writeFile(tmp, JSON.stringify({ key, storedAt: storedAt.toISOString(), response }));
    await rename(tmp, file);
  }
}

/** An append-only journal of completed calls for one run; removed when the run finishes. */
export class Checkpoint {
  readonly #file: string;
  readonly #done = new Map<string, Completion>();
  #handle: FileHandle | undefined;
  #pending: string[] = [];
  #flushing: Promise<void> | undefined;
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
    this.#handle = await open(this.#file, "a");
    return this.#done.size;
  }

  get(key: string): Completion | undefined {
    return this.#done.get(key);
  }

  /**
   * Journals a completed call without making the caller wait: a kill between the answer and the write
   * costs at most the calls of one batch, repeated on resume. Lines that arrive while a write is under
   * way go out together in the next one: one write per batch, not per call.
   */
  record(key: string, response: Completion): void {
    this.#done.set(key, response);
    this.#pending.push(`${JSON.stringify({ key, response })}\n`);
    this.#flushing ??= this.#flush().catch((e: unknown) => {
      this.#failure ??= e;
    });
  }

  async #flush(): Promise<void> {
    await Promise.resolve();
    while (this.#pending.length > 0) {
      const batch = this.#pending.join("");
      this.#pending = [];
      await this.#handle?.write(batch);
    }
    this.#flushing = undefined;
  }

  /** Writes what is pending and keeps the journal, for a run that stops early and resumes later. */
  async close(): Promise<void> {
    await this.#flushing;
    await this.#handle?.close();
    this.#handle = undefined;
  }

  async finish(): Promise<void> {
    await this.#flushing;
    if (this.#failure) {
      throw new RuntimeFailure(
        `could not write the checkpoint ${this.#file}: ${(this.#failure as Error).message}`,
        {
          hint: "check free space and permissions of the cache directory",
          cause: this.#failure,
        },
      );
    }
    await this.#handle?.close();
    this.#handle = undefined;
    await rm(this.#file, { force: true });
  }
}
