import { ConfigError, loadConfigFile } from "@mlops/core";
import { type PromoteConfig, PromoteConfigSchema, type Stage } from "@mlops/registry";

/** The policy and the stage a promotion moves to, with the stage it comes from (none for the first). */
export interface PromotionPolicy {
  config: PromoteConfig;
  stage: Stage;
  previousStage: Stage | undefined;
}

/** The named stage of the policy (default the first) and the one before it; an unknown name is a config error. */
export function stageOf(
  config: PromoteConfig,
  name: string | undefined,
  configFile: string,
): PromotionPolicy {
  const index = name ? config.stages.findIndex((s) => s.name === name) : 0;
  if (index < 0) {
    throw new ConfigError(`unknown stage "${name}"`, {
      location: { file: configFile, path: "stages" },
      hint: `the stages are, in order: ${config.stages.map((s) => s.name).join(", ")}`,
    });
  }
  return {
    config,
    stage: config.stages[index]!,
    previousStage: index > 0 ? config.stages[index - 1] : undefined,
  };
}

export async function loadPromotionPolicy(
  configFile: string,
  stage: string | undefined,
): Promise<PromotionPolicy> {
  return stageOf(await loadConfigFile(configFile, PromoteConfigSchema), stage, configFile);
}
