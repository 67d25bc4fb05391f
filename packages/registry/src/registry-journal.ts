import { link, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { RuntimeFailure } from "@mlops/core";

/** One file of a change: its new content, or null to delete it. */
export interface FileChange {
  file: string;
  content: string | Uint8Array | null;
}

const LOCK = ".registry.lock";
const JOURNAL = ".registry.journal.json";
const STAGING = ".registry.staging";
const LOCK_WAIT_MS = 60_000;

interface JournalEntry {
  file: string;
  /** The staged copy's name in the staging folder; null deletes the file. */
  staged: string | null;
}

/**
 * Changes to a registry folder that land whole or not at all. Every new file is staged first, then the
 * journal naming them is renamed into place — that rename is the commit point — and only then are the
 * staged files renamed over their targets. A writer killed before the commit point leaves staged files
 * that the next writer throws away; one killed after it leaves a journal that the next one finishes.
 * One lock file for the whole folder serialises writers; a lock left by a dead process is taken over.
 */
export function openRegistryJournal(root: string) {
  const at = (name: string) => path.join(root, name);
  let recovery: Promise<void> | undefined;

  const rollForward = async () => {
    const text = await readFile(at(JOURNAL), "utf8").catch(() => undefined);
    if (text !== undefined) {
      for (const entry of JSON.parse(text) as JournalEntry[]) {
        const target = at(entry.file);
        if (entry.staged === null) {
          await rm(target, { force: true });
          continue;
        }
        await mkdir(path.dirname(target), { recursive: true });
        // Gone from staging: renamed before the interruption.
        await rename(path.join(at(STAGING), entry.staged), target).catch((e: NodeJS.ErrnoException) => {
          if (e.code !== "ENOENT") throw e;
        });
      }
      await rm(at(JOURNAL), { force: true });
    }
    await rm(at(STAGING), { recursive: true, force: true });
  };

  const locked = async <T>(fn: () => Promise<T>): Promise<T> => {
    await mkdir(root, { recursive: true });
    const release = await acquire(at(LOCK));
    try {
      await rollForward();
      recovery ??= Promise.resolve();
      return await fn();
    } finally {
      await release();
    }
  };

  return {
    locked,
    /** Resolves once no interrupted change is left half applied; takes the lock only when one is. */
    recovered(): Promise<void> {
      recovery ??= (async () => {
        const leftover = await Promise.all([exists(at(JOURNAL)), exists(at(STAGING))]);
        if (leftover.some(Boolean)) await locked(async () => {});
      })();
      return recovery;
    },
    /** Applies the changes as one; call under `locked`. */
    async apply(changes: FileChange[]): Promise<void> {
      await mkdir(at(STAGING), { recursive: true });
      const entries: JournalEntry[] = [];
      for (const [i, change] of changes.entries()) {
        if (change.content === null) {
          entries.push({ file: change.file, staged: null });
          continue;
        }
        await writeFile(path.join(at(STAGING), String(i)), change.content);
        entries.push({ file: change.file, staged: String(i) });
      }
      await writeFile(at(`${JOURNAL}.tmp`), JSON.stringify(entries));
      await rename(at(`${JOURNAL}.tmp`), at(JOURNAL));
      await rollForward();
    },
  };
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

async function acquire(lockFile: string): Promise<() => Promise<void>> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  // Written aside and hard-linked into place, so the lock never exists without its owner's pid.
  const mine = `${lockFile}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(mine, String(process.pid));
  try {
    for (;;) {
      try {
        await link(mine, lockFile);
        return () => rm(lockFile, { force: true });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
      await takeOverIfDead(lockFile);
      if (Date.now() > deadline) {
        throw new RuntimeFailure(`the registry is locked by another writer: ${lockFile}`, {
          hint: "another promotion is running; if none is, delete the stale lock file",
        });
      }
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
    }
  } finally {
    await rm(mine, { force: true });
  }
}

async function takeOverIfDead(lockFile: string): Promise<void> {
  const owner = Number(await readFile(lockFile, "utf8").catch(() => ""));
  if (!Number.isInteger(owner) || owner <= 0 || alive(owner)) return;
  const aside = `${lockFile}.dead.${process.pid}`;
  if (
    !(await rename(lockFile, aside).then(
      () => true,
      () => false,
    ))
  )
    return;
  // Between the read and the rename another writer may have taken the dead lock over: give it back.
  const moved = Number(await readFile(aside, "utf8").catch(() => ""));
  if (moved !== owner && alive(moved)) await link(aside, lockFile).catch(() => {});
  await rm(aside, { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
