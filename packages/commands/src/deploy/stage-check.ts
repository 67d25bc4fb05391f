import { access } from "node:fs/promises";
import path from "node:path";
import { type Check, ConfigError, loadConfigFile } from "@mlops/core";
import { type DeployConfig, PromoteConfigSchema } from "@mlops/registry";

/** The alias a version must hold to go to the deploy's environment, and which file says so. */
export interface RequiredStage {
  alias: string;
  /** e.g. `stage "production" of ml/promote.yml`, or `alias of ml/deploy.yml`. */
  source: string;
}

/**
 * The promote policy's stage for the environment decides (the stage whose GitHub Environment it is);
 * without a policy, or without a stage for that environment, the deploy config's alias does. The
 * policy is `promoteConfig` when given, else a `promote.yml` beside the deploy config, if there is one
 * for the same model.
 */
export async function requiredStage(
  config: DeployConfig,
  files: { deployConfig: string; promoteConfig?: string | undefined },
): Promise<RequiredStage> {
  const own = { alias: config.alias, source: `alias of ${files.deployConfig}` };
  const explicit = files.promoteConfig !== undefined;
  const file = files.promoteConfig ?? path.join(path.dirname(files.deployConfig), "promote.yml");
  if (
    !explicit &&
    !(await access(file).then(
      () => true,
      () => false,
    ))
  )
    return own;
  const policy = await loadConfigFile(file, PromoteConfigSchema);
  if (policy.model !== config.model) {
    if (!explicit) return own;
    throw new ConfigError(`the promote policy is for "${policy.model}", the deploy for "${config.model}"`, {
      location: { file, path: "model" },
    });
  }
  const stage = policy.stages.find((s) => s.environment === config.environment);
  return stage ? { alias: stage.alias, source: `stage "${stage.name}" of ${file}` } : own;
}

/** Why `version` may not go to the environment; undefined when it holds the required alias. */
export function stageRefusal(
  version: string,
  environment: string,
  required: RequiredStage,
  aliases: Record<string, string>,
): string | undefined {
  if (aliases[required.alias] === version) return undefined;
  const held = Object.keys(aliases).filter((a) => aliases[a] === version);
  const where = held.length > 0 ? `it holds ${held.join(", ")}` : "it holds no alias";
  const current = aliases[required.alias];
  return `version ${version} does not hold alias "${required.alias}", which ${environment} requires (${required.source}): ${where}; "${required.alias}" is ${current ?? "not set"}`;
}

export const stageCheck = (
  required: RequiredStage,
  refusal: string | undefined,
  override: string | undefined,
): Check => ({
  id: "deploy:stage",
  title: `The version holds alias "${required.alias}"`,
  // Overriding is the user's call, named with their reason: the check did not run its course.
  status: refusal === undefined ? "pass" : override ? "skipped" : "fail",
  severity: "fail",
  observed: refusal === undefined ? "holds it" : override ? `overridden (${override}): ${refusal}` : refusal,
  expected: `alias "${required.alias}" (${required.source})`,
});
