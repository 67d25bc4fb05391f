import path from "node:path";
import { ConfigError, loadConfigFile } from "@mlops/core";
import { ALIAS_NAME, MODEL_NAME, type PromoteConfig, PromoteConfigSchema } from "@mlops/registry";

/** Which model an adoption is for, where its registry is, and the alias it takes. */
export interface AdoptionPolicy {
  config: PromoteConfig;
  alias: string;
  /** The file paths in `config` are relative to (the inputs, when there is no policy file). */
  configFile: string;
}

const INPUTS = "register inputs";

/**
 * From the promotion policy — the stage named (by its name or its alias; default the last, where the
 * model in use sits) — or, for a project without one yet, from the model name and an alias alone
 * (default `champion`), with the file registry in `registry/`.
 */
export async function adoptionPolicy(
  options: { config?: string | undefined; name?: string | undefined; stage?: string | undefined },
  cwd: string,
): Promise<AdoptionPolicy> {
  if (options.config) {
    const configFile = path.resolve(cwd, options.config);
    const config = await loadConfigFile(configFile, PromoteConfigSchema);
    if (options.name && options.name !== config.model) {
      throw new ConfigError(`the policy is for model "${config.model}", not "${options.name}"`, {
        location: { file: configFile, path: "model" },
        hint: "leave name empty to adopt the policy's model, or give the policy of that model",
      });
    }
    const stage = options.stage
      ? config.stages.find((s) => s.name === options.stage || s.alias === options.stage)
      : config.stages.at(-1);
    if (!stage) {
      throw new ConfigError(`unknown stage "${options.stage}"`, {
        location: { file: configFile, path: "stages" },
        hint: `the stages are: ${config.stages.map((s) => `${s.name} (${s.alias})`).join(", ")}`,
      });
    }
    return { config, alias: stage.alias, configFile };
  }
  if (!options.name) {
    throw new ConfigError("which model? give its name, or the promotion policy that names it", {
      location: { file: INPUTS, path: "name" },
      hint: "e.g. --name churn, or --config promote.yml",
    });
  }
  const alias = options.stage ?? "champion";
  if (!MODEL_NAME.test(options.name)) {
    throw new ConfigError(`"${options.name}" is not a model name`, {
      location: { file: INPUTS, path: "name" },
      hint: "letters, digits, - and _, starting and ending with a letter or digit",
    });
  }
  if (!ALIAS_NAME.test(alias)) {
    throw new ConfigError(`"${alias}" is not an alias`, {
      location: { file: INPUTS, path: "stage" },
      hint: "lowercase letters, digits, - and _, e.g. champion",
    });
  }
  const config = PromoteConfigSchema.parse({ model: options.name, stages: [{ name: alias, alias }] });
  return { config, alias, configFile: path.join(cwd, INPUTS) };
}
