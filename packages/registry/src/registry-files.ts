import { createHash } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { RuntimeFailure } from "@mlops/core";

/**
 * Where the registry's files live: a directory on this machine, or a folder of a GitHub repository
 * written through the contents API. Every write carries the version it expects to replace (`null`:
 * the file must not exist yet), so two writers never overwrite each other: the loser gets `"conflict"`,
 * re-reads and decides again.
 */
export interface RegistryFiles {
  /** How a file is named in messages: a local path, or repository:path. */
  describe(file: string): string;
  read(file: string): Promise<{ text: string; version: string } | undefined>;
  write(
    file: string,
    content: string | Uint8Array,
    options: { expect: string | null; message: string },
  ): Promise<"written" | "conflict">;
  /** File names directly inside a folder (empty when it does not exist). */
  list(dir: string): Promise<string[]>;
  /** Folder names directly inside a folder (empty when it does not exist). */
  folders(dir: string): Promise<string[]>;
}

const LOCK_WAIT_MS = 5000;

const contentVersion = (text: string | Uint8Array) => createHash("sha256").update(text).digest("hex");

/**
 * A registry directory on this machine. The compare-and-swap runs under a lock file (created with
 * O_EXCL), and the new content is written to a temporary file and renamed, so a reader never sees half
 * a file and a crash leaves the old one.
 */
export function localRegistryFiles(root: string): RegistryFiles {
  const abs = (file: string) => path.join(root, file);
  const read = async (file: string) => {
    try {
      const text = await readFile(abs(file), "utf8");
      return { text, version: contentVersion(text) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw new RuntimeFailure(`cannot read ${abs(file)}: ${(e as Error).message}`);
    }
  };
  return {
    describe: abs,
    read,
    async write(file, content, { expect }) {
      const target = abs(file);
      await mkdir(path.dirname(target), { recursive: true });
      const release = await lock(`${target}.lock`);
      try {
        const current = await read(file);
        if ((current?.version ?? null) !== expect) return "conflict";
        const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
        await writeFile(tmp, content);
        await rename(tmp, target);
        return "written";
      } finally {
        await release();
      }
    },
    list: async (dir) =>
      (await entries(abs(dir))).filter((e) => e.isFile() && !e.name.endsWith(".lock")).map((e) => e.name),
    folders: async (dir) => (await entries(abs(dir))).filter((e) => e.isDirectory()).map((e) => e.name),
  };
}

const entries = (dir: string) => readdir(dir, { withFileTypes: true }).catch(() => []);

async function lock(file: string): Promise<() => Promise<void>> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const handle = await open(file, "wx");
      await handle.close();
      return () => rm(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      if (Date.now() > deadline) {
        throw new RuntimeFailure(`the registry file is locked by another writer: ${file}`, {
          hint: "another promotion is running; if none is, delete the stale .lock file",
        });
      }
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
    }
  }
}
