import { ConfigError } from "@mlops/core";
import { PromoteConfigSchema } from "@mlops/registry";
import { describe, expect, it } from "vitest";
import { stageOf } from "./promotion-policy.ts";

const config = PromoteConfigSchema.parse({
  model: "churn",
  registry: "registry",
  stages: [
    { name: "staging", alias: "challenger" },
    { name: "production", alias: "champion" },
  ],
});

describe("stageOf", () => {
  it("defaults to the first stage, which has none before it", () => {
    const p = stageOf(config, undefined, "promote.yml");
    expect(p.stage.name).toBe("staging");
    expect(p.previousStage).toBeUndefined();
  });

  it("gives a later stage with the stage it climbs from", () => {
    const p = stageOf(config, "production", "promote.yml");
    expect([p.stage.alias, p.previousStage?.alias]).toEqual(["champion", "challenger"]);
  });

  it("names the stages when the one asked for does not exist", () => {
    let error: unknown;
    try {
      stageOf(config, "prod", "promote.yml");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({
      message: expect.stringContaining('unknown stage "prod"'),
      hint: "the stages are, in order: staging, production",
      location: { file: "promote.yml", path: "stages" },
    });
  });
});
