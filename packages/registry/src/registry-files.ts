import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { RuntimeFailure } from "@mlops/core";
import { type FileChange, openRegistryJournal } from "./registry-journal.ts";

export type { FileChange } from "./registry-journal.ts";

/** The read side of the registry's files: the live branch or folder, or one fixed commit of it. */
export interface RegistryReader {
  /** How a file is named in messages: a local path, or repository:path. */
  describe(file: string): string;
  read(file: string): Promise<{ text: string; version: string } | undefined>;
  /** File names directly inside a folder (empty when it does not exist). */
  list(dir: string): Promise<string[]>;
  /** Folder names directly inside a folder (empty when it does not exist). */
  folders(dir: string): Promise<string[]>;
}

/** What a transaction's `build` decides: the files to change (all or none land) and what to report. */
export interface TransactionPlan<T> {
  changes: FileChange[];
  value: T;
}

export interface TransactionRequest {
  message: string;
  /** `Key: value` lines after the commit message (e.g. Promotion-Id), how a rerun finds its commit. */
  trailers?: Record<string, string>;
}

/**
 * Where the registry's files live: a directory on this machine, or a folder of a GitHub repository.
 * Every single-file write carries the version it expects to replace (`null`: the file must not exist
 * yet), so two writers never overwrite each other: the loser gets `"conflict"`, re-reads and decides
 * again. `transact` changes several files at once: `build` reads them as of one base and decides; the
 * whole set lands or nothing does, and when another writer got in first `build` runs again on what
 * that writer left, so every decision (next version, next audit number, previous alias) is re-made.
 */
export interface RegistryFiles extends RegistryReader {
  write(
    file: string,
    content: string | Uint8Array,
    options: { expect: string | null; message: string },
  ): Promise<"written" | "conflict">;
  /** `committed` is false when `build` found nothing to change (e.g. a rerun of a change that landed). */
  transact<T>(
    request: TransactionRequest,
    build: (base: RegistryReader) => Promise<TransactionPlan<T>>,
  ): Promise<{ value: T; committed: boolean }>;
}

const contentVersion = (text: string | Uint8Array) => createHash("sha256").update(text).digest("hex");

/**
 * A registry directory on this machine. Writes run under one registry-wide lock and go through a
 * journal (see registry-journal.ts), so a reader never sees half a change and `kill -9` leaves either
 * all of it or none; a journal left by a killed writer is finished by the next one to open the folder.
 */
export function localRegistryFiles(root: string): RegistryFiles {
  const abs = (file: string) => path.join(root, file);
  const journal = openRegistryJournal(root);
  const read = async (file: string) => {
    await journal.recovered();
    try {
      const text = await readFile(abs(file), "utf8");
      return { text, version: contentVersion(text) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw new RuntimeFailure(`cannot read ${abs(file)}: ${(e as Error).message}`);
    }
  };
  const entries = async (dir: string) => {
    await journal.recovered();
    // Dot-names are the journal's own files, never registry content.
    return (await readdir(abs(dir), { withFileTypes: true }).catch(() => [])).filter(
      (e) => !e.name.startsWith("."),
    );
  };
  const reader: RegistryReader = {
    describe: abs,
    read,
    list: async (dir) => (await entries(dir)).filter((e) => e.isFile()).map((e) => e.name),
    folders: async (dir) => (await entries(dir)).filter((e) => e.isDirectory()).map((e) => e.name),
  };
  return {
    ...reader,
    async write(file, content, { expect }) {
      return journal.locked(async () => {
        const current = await read(file);
        if ((current?.version ?? null) !== expect) return "conflict";
        await journal.apply([{ file, content }]);
        return "written";
      });
    },
    async transact(_request, build) {
      return journal.locked(async () => {
        const { changes, value } = await build(reader);
        if (changes.length > 0) await journal.apply(changes);
        return { value, committed: changes.length > 0 };
      });
    },
  };
}
