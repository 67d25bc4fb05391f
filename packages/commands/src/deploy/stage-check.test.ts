import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type DeployConfig, DeployConfigSchema } from "@mlops/registry";
import { describe, expect, it } from "vitest";
import { requiredStage, stageRefusal } from "./stage-check.ts";

const deployConfig = (environment: string): DeployConfig =>
  DeployConfigSchema.parse({
    model: "churn",
    registry: "registry",
    alias: "champion",
    environment,
    route: { name: "churn", gateway: "public" },
    apply: "true",
    health: { command: "true" },
  });

const POLICY =
  "model: churn\nregistry: registry\nstages:\n  - name: staging\n    alias: challenger\n    environment: staging\n  - name: production\n    alias: champion\n    environment: production\n";

describe("stage check", () => {
  it("takes the alias of the promote policy's stage for the environment, else the deploy config's", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "stage-"));
    const deployFile = path.join(dir, "deploy.yml");
    expect(await requiredStage(deployConfig("staging"), { deployConfig: deployFile })).toEqual({
      alias: "champion",
      source: `alias of ${deployFile}`,
    });
    await writeFile(path.join(dir, "promote.yml"), POLICY);
    expect(await requiredStage(deployConfig("staging"), { deployConfig: deployFile })).toEqual({
      alias: "challenger",
      source: `stage "staging" of ${path.join(dir, "promote.yml")}`,
    });
    expect((await requiredStage(deployConfig("qa"), { deployConfig: deployFile })).alias).toBe("champion");
    const other = path.join(dir, "other.yml");
    await writeFile(other, POLICY.replace("model: churn", "model: fraud"));
    await expect(
      requiredStage(deployConfig("staging"), { deployConfig: deployFile, promoteConfig: other }),
    ).rejects.toThrow('the promote policy is for "fraud", the deploy for "churn"');
  });

  it("refuses a version without the alias, naming the alias and where the version is", () => {
    const required = { alias: "champion", source: "stage production" };
    const aliases = { champion: "1.0.1", challenger: "1.0.2" };
    expect(stageRefusal("1.0.1", "production", required, aliases)).toBeUndefined();
    expect(stageRefusal("1.0.2", "production", required, aliases)).toBe(
      'version 1.0.2 does not hold alias "champion", which production requires (stage production): it holds challenger; "champion" is 1.0.1',
    );
    expect(stageRefusal("1.0.0", "production", required, {})).toContain(
      'it holds no alias; "champion" is not set',
    );
  });
});
