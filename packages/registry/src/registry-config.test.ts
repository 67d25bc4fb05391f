import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError, loadConfigFile } from "@mlops/core";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { RegistryConfigSchema } from "./registry-config.ts";

const Config = z.object({ registry: RegistryConfigSchema }).strict();

async function load(yaml: string) {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "registry-config-")), "promote.yml");
  await writeFile(file, yaml);
  return loadConfigFile(file, Config).then(
    (c) => c.registry,
    (e: unknown) => e,
  );
}

describe("registry config", () => {
  it("reads a folder name as the file registry, and each backend's mapping by its type", async () => {
    expect(await load("{}\n")).toEqual({ type: "file", path: "registry" });
    expect(await load("registry: models/registry\n")).toEqual({ type: "file", path: "models/registry" });
    expect(await load("registry: { type: file }\n")).toEqual({ type: "file", path: "registry" });
    expect(await load("registry: { type: mlflow, tracking_uri: 'http://mlflow:5000' }\n")).toEqual({
      type: "mlflow",
      tracking_uri: "http://mlflow:5000",
      token_env: "MLFLOW_TRACKING_TOKEN",
      audit: "registry",
    });
  });

  it("names the backends for an unknown type, and locates a key of the wrong backend", async () => {
    const unknown = await load("registry:\n  type: mlfow\n  tracking_uri: http://mlflow:5000\n");
    expect(unknown).toBeInstanceOf(ConfigError);
    expect((unknown as ConfigError).message).toBe('unknown type "mlfow"');
    expect((unknown as ConfigError).hint).toContain('did you mean "mlflow"?');
    expect((unknown as ConfigError).location).toMatchObject({ line: 2, path: "registry.type" });

    const misplaced = await load("registry:\n  type: file\n  tracking_uri: http://mlflow:5000\n");
    expect(misplaced).toBeInstanceOf(ConfigError);
    expect((misplaced as ConfigError).message).toContain('unknown key "tracking_uri"');
    expect((misplaced as ConfigError).location).toMatchObject({ line: 3 });
  });
});
