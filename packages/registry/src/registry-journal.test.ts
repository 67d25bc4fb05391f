import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localRegistryFiles } from "./registry-files.ts";

const emptyFolder = () => mkdtemp(path.join(tmpdir(), "registry-journal-"));

describe("local registry transactions", () => {
  it("lands every file of a transaction, deletes what it names, and hides its own files from listings", async () => {
    const root = await emptyFolder();
    const files = localRegistryFiles(root);
    await files.write("a/old.txt", "old", { expect: null, message: "" });
    const result = await files.transact({ message: "two" }, async (base) => ({
      changes: [
        { file: "a/one.txt", content: `after ${(await base.read("a/old.txt"))?.text}` },
        { file: "a/two.bin", content: new Uint8Array([1, 2]) },
        { file: "a/old.txt", content: null },
      ],
      value: "done",
    }));
    expect(result).toEqual({ value: "done", committed: true });
    expect((await files.list("a")).sort()).toEqual(["one.txt", "two.bin"]);
    expect(await readFile(path.join(root, "a/one.txt"), "utf8")).toBe("after old");
    expect(await files.list("")).toEqual([]);
    expect(await files.folders("")).toEqual(["a"]);
  });

  it("reports nothing committed for an empty plan, and serialises concurrent transactions", async () => {
    const root = await emptyFolder();
    const files = localRegistryFiles(root);
    const bump = () =>
      files.transact({ message: "bump" }, async (base) => {
        const n = Number((await base.read("n.txt"))?.text ?? "0");
        await new Promise((r) => setTimeout(r, 2));
        return { changes: [{ file: "n.txt", content: String(n + 1) }], value: n + 1 };
      });
    const values = await Promise.all(Array.from({ length: 8 }, bump));
    expect(values.map((v) => v.value).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await files.transact({ message: "none" }, async () => ({ changes: [], value: 0 }))).toEqual({
      value: 0,
      committed: false,
    });
  });

  it("finishes a change whose journal landed before its writer died, and drops one that had not", async () => {
    const committed = await emptyFolder();
    await mkdir(path.join(committed, ".registry.staging"));
    await writeFile(path.join(committed, ".registry.staging", "0"), "staged");
    await writeFile(
      path.join(committed, ".registry.journal.json"),
      JSON.stringify([
        { file: "m/version.yml", staged: "0" },
        { file: "m/gone.txt", staged: null },
      ]),
    );
    await mkdir(path.join(committed, "m"));
    await writeFile(path.join(committed, "m/gone.txt"), "x");
    const files = localRegistryFiles(committed);
    expect((await files.read("m/version.yml"))?.text).toBe("staged");
    expect(await files.list("m")).toEqual(["version.yml"]);
    expect(await readdir(committed)).toEqual(["m"]);

    const uncommitted = await emptyFolder();
    await mkdir(path.join(uncommitted, ".registry.staging"));
    await writeFile(path.join(uncommitted, ".registry.staging", "0"), "staged");
    const other = localRegistryFiles(uncommitted);
    expect(await other.list("")).toEqual([]);
    expect(await readdir(uncommitted)).toEqual([]);
  });

  it("takes over a lock whose process is gone", async () => {
    const root = await emptyFolder();
    const dead = spawnSync(process.execPath, [
      "-e",
      "process.stdout.write(String(process.pid))",
    ]).stdout.toString();
    await writeFile(path.join(root, ".registry.lock"), dead);
    const files = localRegistryFiles(root);
    expect(await files.write("x.txt", "x", { expect: null, message: "" })).toBe("written");
    expect(await readdir(root)).toEqual(["x.txt"]);
  });
});
