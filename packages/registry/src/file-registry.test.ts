import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError, createLogger, sha256Hex } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { parseModelRef } from "./model-ref.ts";
import { resolveReference } from "./model-registry.ts";
import { RegistryConfigSchema } from "./registry-config.ts";
import { openRegistry } from "./registry-target.ts";

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

/** The registry as a config beside it names it, opened the way every command opens it. */
const open = (root: string) =>
  openRegistry({
    configFile: path.join(root, "config.yml"),
    registry: RegistryConfigSchema.parse("."),
    env: {},
    cwd: root,
    logger: createLogger({ write: () => {} }),
  });

/** Resolves the reference and fetches its artifact, as train-validate does for its champion. */
async function champion(root: string, ref = "churn@champion") {
  const target = await open(root);
  const found = await resolveReference(target.registry, ref);
  return found && { ...found, file: await target.artifactFile(found) };
}

describe("file registry: lookup", () => {
  it("resolves model@champion to the version, its aliases and the verified artifact", async () => {
    const root = await registry({ aliases: "  champion: 1.0.0\n  staging: 1.0.0\n" });
    const v = await champion(root);
    expect(v).toMatchObject({
      model: "churn",
      version: "1.0.0",
      aliases: ["champion", "staging"],
      digest: `sha256:${sha256Hex(ARTIFACT)}`,
      artifactUri: "artifacts/churn-1.0.0.json",
    });
    expect(v?.file).toBe(path.join(root, "artifacts", "churn-1.0.0.json"));
    expect((await champion(root, "churn@v1.0.0"))?.version).toBe("1.0.0");
  });

  it("lists versions in semver order", async () => {
    expect(await (await open(await registry())).registry.versions("churn")).toEqual(["0.9.0", "1.0.0"]);
  });

  it("finds nothing only when the registry holds no version of the model (first model)", async () => {
    expect(await champion(await registry(), "fraud@champion")).toBeUndefined();
  });

  it("refuses an alias that is not set on a model with versions, suggesting the nearest alias or version", async () => {
    const root = await registry({ aliases: "  champion: 1.0.0\n  staging: 1.0.0\n" });
    const typo = await configError(champion(root, "churn@champoin"));
    expect(typo.message).toBe(
      'alias champoin of "churn" is not set, and the model has registered versions, so this is not its first model',
    );
    expect(typo.hint).toBe(
      "did you mean churn@champion? aliases: champion → 1.0.0, staging → 1.0.0; registered versions: 0.9.0, 1.0.0; or promote a version to champoin first",
    );
    expect(typo.location).toEqual({ file: path.join(root, "models/churn/model.yml"), path: "aliases" });
    const unset = await configError(champion(await registry({ aliases: "  {}\n" })));
    expect(unset.message).toContain("alias champion of");
    expect(unset.hint).toContain("no alias is set; registered versions: 0.9.0, 1.0.0");
  });

  it("locates the error where the reference was written when the caller says where", async () => {
    const target = await open(await registry());
    const where = { file: "train-validate.yml", line: 7, path: "champion.ref" };
    const e = await configError(resolveReference(target.registry, "churn@champoin", where));
    expect(e.location).toEqual(where);
  });

  it("names the registered versions when the reference asks for another", async () => {
    const e = await configError(champion(await registry(), "churn@1.0.1"));
    expect(e.message).toContain('version 1.0.1 of "churn" is not registered');
    expect(e.hint).toBe(
      "did you mean churn@1.0.0? aliases: champion → 1.0.0; registered versions: 0.9.0, 1.0.0",
    );
    const none = await configError(champion(await registry(), "fraud@1.0.0"));
    expect(none.hint).toContain("no alias is set; no version is registered yet");
  });
});

describe("file registry: bad input", () => {
  it("refuses an artifact whose digest does not match, naming the version file and field", async () => {
    const root = await registry({ artifact: '{"weights":[1,2,4]}\n' });
    const e = await configError(champion(root));
    expect(e.message).toContain("digest mismatch");
    expect(e.location?.file).toBe(path.join(root, "models/churn/versions/1.0.0.yml"));
    expect(e.location?.path).toBe("artifact.sha256");
  });

  it("reports a missing artifact", async () => {
    const e = await configError(champion(await registry(), "churn@0.9.0"));
    expect(e.message).toContain("is missing");
    expect(e.location?.path).toBe("artifact.uri");
  });

  it("locates an alias that points at an unregistered version", async () => {
    const root = await registry({ aliases: "  staging: 1.0.0\n  champion: 2.0.0\n" });
    const e = await configError(champion(root));
    expect(e.message).toContain("version 2.0.0, which is not registered");
    expect(e.location).toMatchObject({ line: 5, path: "aliases.champion" });
    expect(e.hint).toContain("0.9.0, 1.0.0");
  });

  it("locates a hand-edited field with the wrong type, with a did-you-mean for a misspelt key", async () => {
    const root = await registry({ versionExtra: "metrcs: {}\n" });
    const e = await configError(champion(root));
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
