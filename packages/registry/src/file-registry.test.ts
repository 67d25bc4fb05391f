import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError, sha256Hex } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { findModelVersion, listVersions, resolveModelVersion } from "./file-registry.ts";
import { parseModelRef } from "./model-ref.ts";

const ARTIFACT = '{"weights":[1,2,3]}\n';

async function registry(options: { aliases?: string; versionExtra?: string; artifact?: string } = {}) {
  const root = await mkdtemp(path.join(tmpdir(), "registry-"));
  const dir = path.join(root, "models", "churn");
  await mkdir(path.join(dir, "versions"), { recursive: true });
  await mkdir(path.join(root, "artifacts"), { recursive: true });
  await writeFile(path.join(root, "artifacts", "churn-1.0.0.json"), options.artifact ?? ARTIFACT);
  await writeFile(
    path.join(dir, "model.yml"),
    `schemaVersion: 1\nname: churn\naliases:\n${options.aliases ?? "  champion: 1.0.0\n"}`,
  );
  for (const v of ["1.0.0", "0.9.0"]) {
    await writeFile(
      path.join(dir, "versions", `${v}.yml`),
      [
        "schemaVersion: 1",
        `version: ${v}`,
        "createdAt: 2026-01-05T10:00:00Z",
        "artifact:",
        `  uri: artifacts/churn-${v === "1.0.0" ? "1.0.0" : "missing"}.json`,
        `  sha256: ${sha256Hex(ARTIFACT)}`,
        `  bytes: ${Buffer.byteLength(ARTIFACT)}`,
        "metrics:",
        "  roc_auc: 0.81",
        options.versionExtra ?? "",
      ].join("\n"),
    );
  }
  return root;
}

async function configError(p: Promise<unknown>): Promise<ConfigError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ConfigError);
  return e as ConfigError;
}

describe("file registry: lookup", () => {
  it("resolves model@champion to the version, its aliases and the verified artifact", async () => {
    const root = await registry();
    const v = await resolveModelVersion(root, "churn@champion");
    expect(v.version).toBe("1.0.0");
    expect(v.aliases).toEqual(["champion"]);
    expect(v.record.metrics.roc_auc).toBe(0.81);
    expect(v.artifactPath).toBe(path.join(root, "artifacts", "churn-1.0.0.json"));
    expect((await findModelVersion(root, "churn@v1.0.0"))?.version).toBe("1.0.0");
  });

  it("lists versions in semver order", async () => {
    expect(await listVersions(await registry(), "churn")).toEqual(["0.9.0", "1.0.0"]);
  });

  it("finds nothing when the model or the alias does not exist yet (first model)", async () => {
    const root = await registry({ aliases: "  {}\n" });
    expect(await findModelVersion(root, "churn@champion")).toBeUndefined();
    expect(await findModelVersion(root, "fraud@champion")).toBeUndefined();
    const e = await configError(resolveModelVersion(root, "churn@champion"));
    expect(e.message).toContain('alias "champion" is not set');
  });
});

describe("file registry: bad input", () => {
  it("refuses an artifact whose digest does not match, naming the version file and field", async () => {
    const root = await registry({ artifact: '{"weights":[1,2,4]}\n' });
    const e = await configError(findModelVersion(root, "churn@champion"));
    expect(e.message).toContain("digest mismatch");
    expect(e.location?.file).toBe(path.join(root, "models/churn/versions/1.0.0.yml"));
    expect(e.location?.path).toBe("artifact.sha256");
  });

  it("reports a missing artifact", async () => {
    const root = await registry();
    const e = await configError(findModelVersion(root, "churn@0.9.0"));
    expect(e.message).toContain("is missing");
    expect(e.location?.path).toBe("artifact.uri");
  });

  it("locates an alias that points at an unregistered version", async () => {
    const root = await registry({ aliases: "  staging: 1.0.0\n  champion: 2.0.0\n" });
    const e = await configError(findModelVersion(root, "churn@champion"));
    expect(e.message).toContain("version 2.0.0, which is not registered");
    expect(e.location).toMatchObject({ line: 5, path: "aliases.champion" });
    expect(e.hint).toContain("0.9.0, 1.0.0");
  });

  it("locates a hand-edited field with the wrong type, with a did-you-mean for a misspelt key", async () => {
    const root = await registry({ versionExtra: "metrcs: {}\n" });
    const e = await configError(findModelVersion(root, "churn@champion"));
    expect(e.message).toContain('unknown key "metrcs"');
    expect(e.location?.line).toBe(10);
    expect(e.hint).toContain('"metrics"');
  });

  it("rejects malformed references", () => {
    expect(() => parseModelRef("churn")).toThrow(ConfigError);
    expect(() => parseModelRef("churn@Champion!")).toThrow(/invalid alias/);
    expect(parseModelRef("churn@champion")).toEqual({ model: "churn", alias: "champion" });
  });
});
