import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError, sha256Hex } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { appendAuditRecord, readAuditLog } from "./audit-log.ts";
import { fileModelRegistry } from "./file-registry.ts";
import { resolveReference } from "./model-registry.ts";
import { localRegistryFiles } from "./registry-files.ts";
import { moveAlias, readModelState, registerVersion } from "./registry-writer.ts";

const artifact = (bytes: string) => ({ uri: `artifacts/${sha256Hex(bytes)}`, sha256: sha256Hex(bytes) });
const NOW = new Date("2026-11-23T10:00:00Z");

async function emptyRegistry(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), "registry-w-"));
}

async function storeArtifact(root: string, bytes: string): Promise<void> {
  const files = localRegistryFiles(root);
  await files.write(artifact(bytes).uri, bytes, { expect: null, message: "" });
}

describe("registry writer", () => {
  it("registers versions by patch bumps, moves aliases, and the read side finds them", async () => {
    const root = await emptyRegistry();
    const files = localRegistryFiles(root);
    await storeArtifact(root, "a");
    await storeArtifact(root, "b");
    const first = await registerVersion(files, { model: "churn", artifact: artifact("a"), createdAt: NOW });
    const second = await registerVersion(files, { model: "churn", artifact: artifact("b"), createdAt: NOW });
    expect([first.version, second.version]).toEqual(["1.0.0", "1.0.1"]);
    const again = await registerVersion(files, { model: "churn", artifact: artifact("a"), createdAt: NOW });
    expect(again).toMatchObject({ version: "1.0.0", created: false });

    expect(
      (await moveAlias(files, { model: "churn", alias: "champion", version: "1.0.0", message: "" })).previous,
    ).toBeUndefined();
    const moved = await moveAlias(files, {
      model: "churn",
      alias: "champion",
      version: "1.0.1",
      message: "",
    });
    expect(moved.previous).toBe("1.0.0");
    expect((await resolveReference(fileModelRegistry(files), "churn@champion"))?.version).toBe("1.0.1");
  });

  it("keeps the comments of a hand-written model file when it moves an alias", async () => {
    const root = await emptyRegistry();
    const files = localRegistryFiles(root);
    await storeArtifact(root, "a");
    await registerVersion(files, { model: "churn", artifact: artifact("a"), createdAt: NOW });
    await writeFile(
      path.join(root, "models/churn/model.yml"),
      "# the churn model\nschemaVersion: 1\nname: churn\naliases:\n  staging: 1.0.0 # first\n",
    );
    await moveAlias(files, { model: "churn", alias: "champion", version: "1.0.0", message: "" });
    const text = await readFile(path.join(root, "models/churn/model.yml"), "utf8");
    expect(text).toContain("# the churn model");
    expect(text).toContain("# first");
    expect(text).toMatch(/champion: 1\.0\.0/);
  });

  it("serialises concurrent registrations and alias moves: distinct versions, nothing lost", async () => {
    const root = await emptyRegistry();
    const files = localRegistryFiles(root);
    const blobs = ["p", "q", "r", "s", "t", "u"];
    for (const b of blobs) await storeArtifact(root, b);
    const results = await Promise.all(
      blobs.map(async (b) => {
        const r = await registerVersion(files, { model: "churn", artifact: artifact(b), createdAt: NOW });
        const moved = await moveAlias(files, {
          model: "churn",
          alias: "champion",
          version: r.version,
          message: "",
        });
        await appendAuditRecord(files, {
          id: b,
          at: NOW.toISOString(),
          action: "promote",
          model: "churn",
          version: r.version,
          previous: moved.previous ?? null,
          actor: "octocat",
          reason: "test",
        });
        return r.version;
      }),
    );
    expect(new Set(results).size).toBe(blobs.length);
    const log = await readAuditLog(files, "churn");
    expect(log).toHaveLength(blobs.length);
    // Each move saw the state the previous one left: the log is one chain from nothing to the champion.
    const chain = new Map(log.map((r) => [r.previous ?? null, r.version]));
    let at: string | null = null;
    for (let i = 0; i < blobs.length; i++) at = chain.get(at) ?? "broken";
    expect(at).toBe((await readModelState(files, "churn")).model.aliases.champion);
  });

  it("refuses an explicit version that exists with another artifact, writing nothing", async () => {
    const root = await emptyRegistry();
    const files = localRegistryFiles(root);
    await registerVersion(files, {
      model: "churn",
      version: "2.0.0",
      artifact: artifact("a"),
      createdAt: NOW,
    });
    const before = await readFile(path.join(root, "models/churn/versions/2.0.0.yml"), "utf8");
    const e = await registerVersion(files, {
      model: "churn",
      version: "2.0.0",
      artifact: artifact("b"),
      createdAt: NOW,
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as ConfigError).message).toContain("already exists");
    expect((e as ConfigError).location).toMatchObject({ path: "version" });
    expect(await readFile(path.join(root, "models/churn/versions/2.0.0.yml"), "utf8")).toBe(before);
  });

  it("locates a hand-edited audit line and an alias on an unregistered version", async () => {
    const root = await emptyRegistry();
    const files = localRegistryFiles(root);
    await registerVersion(files, { model: "churn", artifact: artifact("a"), createdAt: NOW });
    await writeFile(path.join(root, "models/churn/audit.jsonl"), '{"id":"x"}\n');
    const e = (await readAuditLog(files, "churn").catch((x: unknown) => x)) as ConfigError;
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.location).toMatchObject({ file: path.join(root, "models/churn/audit.jsonl"), line: 1 });

    await writeFile(
      path.join(root, "models/churn/model.yml"),
      "schemaVersion: 1\nname: churn\naliases:\n  champion: 9.9.9\n",
    );
    const bad = (await moveAlias(files, {
      model: "churn",
      alias: "staging",
      version: "1.0.0",
      message: "",
    }).catch((x: unknown) => x)) as ConfigError;
    expect(bad).toBeInstanceOf(ConfigError);
    expect(bad.location).toMatchObject({ line: 4, path: "aliases.champion" });
  });
});
