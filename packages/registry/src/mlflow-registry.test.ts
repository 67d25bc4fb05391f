import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError, createLogger, sha256Hex } from "@mlops/core";
import { afterEach, describe, expect, it } from "vitest";
import { type MlflowEmulator, startMlflowEmulator } from "../../../test/emulators/mlflow-api.ts";
import { createMlflowClient } from "./mlflow-client.ts";
import { MLFLOW_TAGS } from "./mlflow-registry.ts";
import { resolveReference } from "./model-registry.ts";
import { RegistryConfigSchema } from "./registry-config.ts";
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
