import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError, createLogger, sha256Hex } from "@mlops/core";
import { afterEach, describe, expect, it } from "vitest";
import { type MlflowEmulator, startMlflowEmulator } from "../../../test/emulators/mlflow-api.ts";
import { createMlflowClient } from "./mlflow-client.ts";
import { MLFLOW_TAGS, mlflowModelRegistry } from "./mlflow-registry.ts";
import { type RegistrationRequest, resolveReference } from "./model-registry.ts";
import { RegistryConfigSchema } from "./registry-config.ts";
import type { Evidence } from "./registry-schema.ts";
import { openRegistry } from "./registry-target.ts";

let emu: MlflowEmulator | undefined;
afterEach(() => emu?.close());

async function opened(aliases: boolean) {
  emu = await startMlflowEmulator({ aliases });
  const dir = await mkdtemp(path.join(tmpdir(), "mlflow-registry-"));
  const target = await openRegistry({
    configFile: path.join(dir, "promote.yml"),
    registry: RegistryConfigSchema.parse({ type: "mlflow", tracking_uri: emu.url, token_env: "TOKEN" }),
    env: { TOKEN: "secret" },
    cwd: dir,
    logger: createLogger({ write: () => {} }),
  });
  return { dir, target, client: createMlflowClient({ trackingUri: emu.url }) };
}

describe("MLflow registry backend", () => {
  it("resolves aliases (tag fallback included) and versions to the source and digest, with the token", async () => {
    const { dir, target, client } = await opened(false);
    const bytes = '{"w":1}';
    await writeFile(path.join(dir, "model.json"), bytes);
    await client.ensureModel("churn");
    const source = pathToFileURL(path.join(dir, "model.json")).href;
    const digest = `sha256:${sha256Hex(bytes)}`;
    await client.createVersion("churn", source, { tags: { [MLFLOW_TAGS.digest]: digest } });
    await client.createVersion("churn", "s3://m/2", { tags: { [MLFLOW_TAGS.digest]: digest } });
    await client.setAlias("churn", "champion", "1");

    const champion = await resolveReference(target.registry, "churn@champion");
    expect(champion).toMatchObject({
      model: "churn",
      version: "1",
      aliases: ["champion"],
      artifactUri: source,
      digest,
    });
    expect(await target.artifactFile(champion!)).toBe(path.join(dir, "model.json"));
    expect(emu!.requests.some((r) => r.authorization === "Bearer secret")).toBe(true);

    expect(await target.registry.versions("churn")).toEqual(["1", "2"]);
    expect(await target.registry.nextVersion("churn")).toBe("3");
    expect(await resolveReference(target.registry, "fraud@champion")).toBeUndefined();
    const e = await resolveReference(target.registry, "churn@7").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as ConfigError).hint).toBe(
      "did you mean churn@1? aliases: champion → 1; registered versions: 1, 2",
    );
  });

  it("refuses a misspelt alias instead of taking the model for a first model", async () => {
    const { target, client } = await opened(true);
    await client.ensureModel("churn");
    await client.createVersion("churn", "s3://m/1");
    await client.createVersion("churn", "s3://m/2");
    await client.setAlias("churn", "champion", "2");
    const where = { file: "--champion" };
    const typo = await resolveReference(target.registry, "churn@champoin", where).catch((x: unknown) => x);
    expect(typo).toBeInstanceOf(ConfigError);
    expect(typo).toMatchObject({
      message: expect.stringContaining('alias champoin of "churn" is not set'),
      location: where,
      hint: expect.stringMatching(
        /^did you mean churn@champion\? aliases: champion → 2; registered versions: 1, 2/,
      ),
    });
    const unset = await resolveReference(target.registry, "churn@staging").catch((x: unknown) => x);
    expect(unset).toBeInstanceOf(ConfigError);
    expect((unset as ConfigError).location).toEqual({
      file: `${emu!.url} (registered model churn)`,
      path: "aliases",
    });
  });

  it("a registered model without versions is a first model", async () => {
    const { target, client } = await opened(true);
    await client.ensureModel("churn");
    expect(await resolveReference(target.registry, "churn@champion")).toBeUndefined();
  });

  it("locates a digest mismatch at the version's digest tag", async () => {
    const { dir, target, client } = await opened(true);
    await writeFile(path.join(dir, "model.json"), "changed");
    await client.ensureModel("churn");
    await client.createVersion("churn", pathToFileURL(path.join(dir, "model.json")).href, {
      tags: { [MLFLOW_TAGS.digest]: `sha256:${sha256Hex("registered")}` },
    });
    const v = await resolveReference(target.registry, "churn@1");
    const e = await target.artifactFile(v!).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as ConfigError).message).toContain("digest mismatch");
    expect((e as ConfigError).location).toEqual({
      file: `${emu!.url} (registered model churn)`,
      path: "versions.1.tags.mlops.digest",
    });
  });
});

function registration(bytes: string, evidence?: Evidence): RegistrationRequest {
  return {
    model: "churn",
    artifact: { uri: "artifacts/model.json", sha256: sha256Hex(bytes) },
    source: `s3://models/${sha256Hex(bytes)}`,
    ...(evidence ? { evidence } : {}),
    lineage: {},
    links: { run: "https://github.com/o/r/actions/runs/1" },
    createdAt: new Date(0),
  };
}

describe("MLflow registrations that stay single and readable", () => {
  it("concurrent registrations of one artifact, one answer lost, leave one version and agree on it", async () => {
    emu = await startMlflowEmulator();
    const mlflow = createMlflowClient({ trackingUri: emu.url, backoffMs: 1 });
    const registry = mlflowModelRegistry(mlflow, emu.url);
    await registry.register(registration("other"));
    // The first create takes effect but its answer is lost, so that caller creates again.
    emu.fail("model-versions/create", { answer: 502, applied: true });
    const results = await Promise.all([1, 2, 3].map(() => registry.register(registration("same"))));
    const digest = `sha256:${sha256Hex("same")}`;
    const holding = emu.models
      .get("churn")!
      .versions.filter((v) => v.tags.get(MLFLOW_TAGS.digest) === digest)
      .map((v) => v.version);
    expect(holding).toEqual(["2"]);
    expect(results.map((r) => r.version)).toEqual(["2", "2", "2"]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await registry.versions("churn")).toEqual(["1", "2"]);
    expect(await registry.register(registration("same"))).toEqual({ version: "2", created: false });
  });

  it("the next read-back deletes the duplicate a run killed after its create left, but none an alias names or mlops did not make", async () => {
    emu = await startMlflowEmulator();
    const mlflow = createMlflowClient({ trackingUri: emu.url, backoffMs: 1 });
    const registry = mlflowModelRegistry(mlflow, emu.url);
    expect(await registry.register(registration("same"))).toEqual({ version: "1", created: true });
    const digest = `sha256:${sha256Hex("same")}`;
    const copy = (tags: Record<string, string>) =>
      mlflow.createVersion("churn", `s3://models/${sha256Hex("same")}`, {
        tags: { [MLFLOW_TAGS.digest]: digest, ...tags },
      });
    // Runs killed between their create and their read-back; one copy pinned by hand; one not from mlops.
    await copy({ [MLFLOW_TAGS.registration]: "killed-run" });
    await copy({ [MLFLOW_TAGS.registration]: "other-killed-run" });
    await copy({ [MLFLOW_TAGS.registration]: "pinned" });
    await mlflow.setAlias("churn", "pinned", "4");
    await copy({});
    expect(await registry.versions("churn")).toEqual(["1", "2", "3", "4", "5"]);
    expect(await registry.register(registration("same"))).toEqual({ version: "1", created: false });
    expect(await registry.versions("churn")).toEqual(["1", "4", "5"]);
  });

  it("keeps evidence beyond MLflow's 5,000-character tag limit and reads it back whole", async () => {
    emu = await startMlflowEmulator();
    const registry = mlflowModelRegistry(createMlflowClient({ trackingUri: emu.url }), emu.url);
    const digest = `sha256:${sha256Hex("big")}` as const;
    const evidence: Evidence = {
      digest,
      results: [{ kind: "data", name: "validate-data", status: "pass" }],
      gates: Array.from({ length: 300 }, (_, i) => ({
        kind: "data",
        id: `column-${i}-not-null`,
        title: `Column ${i} has no missing values — ünïcödé`,
        status: "pass" as const,
        severity: "fail" as const,
        observed: 0,
        expected: 0,
      })),
    };
    expect(JSON.stringify(evidence).length).toBeGreaterThan(15_000);
    const { version } = await registry.register(registration("big", evidence));
    const tags = emu.models.get("churn")!.versions[0]!.tags;
    expect(Math.max(...[...tags.values()].map((v) => [...v].length))).toBeLessThanOrEqual(5000);
    expect((await registry.version("churn", version))?.evidence).toEqual(evidence);

    // Small evidence stays in the one tag, as versions registered before the split hold it.
    const small = { ...evidence, digest: `sha256:${sha256Hex("small")}` as const, gates: [] };
    const second = await registry.register(registration("small", small));
    expect(emu.models.get("churn")!.versions[1]!.tags.get(MLFLOW_TAGS.evidence)).toBe(JSON.stringify(small));
    expect((await registry.version("churn", second.version))?.evidence).toEqual(small);

    // A part lost or edited is refused by name rather than read as other evidence.
    tags.set(`${MLFLOW_TAGS.evidence}.2`, "x");
    const e = await registry.version("churn", version).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConfigError);
    expect((e as ConfigError).message).toMatch(
      /^tags mlops\.evidence\.1 … mlops\.evidence\.\d+ do not match/,
    );
  });

  it("lists 1,200 versions across pages", async () => {
    emu = await startMlflowEmulator({ pageSize: 50 });
    const mlflow = createMlflowClient({ trackingUri: emu.url });
    await mlflow.ensureModel("churn");
    const m = emu.models.get("churn")!;
    for (let i = 1; i <= 1200; i++) {
      m.versions.push({
        name: "churn",
        version: String(i),
        source: `s3://m/${i}`,
        run_id: "",
        run_link: "",
        description: "",
        status: "READY",
        creation_timestamp: 0,
        tags: new Map([[MLFLOW_TAGS.digest, `sha256:${sha256Hex(String(i))}`]]),
      });
    }
    m.lastVersion = 1200;
    const registry = mlflowModelRegistry(mlflow, emu.url);
    const versions = await registry.versions("churn");
    expect(versions).toHaveLength(1200);
    expect(versions.at(-1)).toBe("1200");
    expect(await registry.nextVersion("churn")).toBe("1201");
    expect(await registry.register(registration("1117"))).toEqual({ version: "1117", created: false });
    // Three listings (versions, nextVersion, the digest look-up), 24 pages of 50 each.
    expect(emu.requests.filter((r) => r.path.endsWith("model-versions/search"))).toHaveLength(24 * 3);
  });
});
