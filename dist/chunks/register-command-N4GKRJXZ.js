import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  placeArtifact,
  promotionLinks
} from "./chunk-QQDYURKN.js";
import {
  auditActor
} from "./chunk-2VKV5STD.js";
import {
  ALIAS_NAME,
  MODEL_NAME,
  PromoteConfigSchema,
  fileDigest,
  openRegistry
} from "./chunk-J7BXV4IM.js";
import "./chunk-SXOIBMAW.js";
import "./chunk-4IFPBSRH.js";
import "./chunk-JHYWLUR6.js";
import {
  loadConfigFile
} from "./chunk-DG7BS5UH.js";
import "./chunk-XSUZOP4V.js";
import "./chunk-G4QNM2E2.js";
import "./chunk-PYTCQQ7B.js";
import "./chunk-FJY5M3V4.js";
import "./chunk-33725BPV.js";
import {
  ConfigError
} from "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";

// packages/commands/src/register/register-command.ts
import path2 from "node:path";

// packages/commands/src/register/adoption-policy.ts
import path from "node:path";
var INPUTS = "register inputs";
async function adoptionPolicy(options, cwd) {
  if (options.config) {
    const configFile = path.resolve(cwd, options.config);
    const config2 = await loadConfigFile(configFile, PromoteConfigSchema);
    if (options.name && options.name !== config2.model) {
      throw new ConfigError(`the policy is for model "${config2.model}", not "${options.name}"`, {
        location: { file: configFile, path: "model" },
        hint: "leave name empty to adopt the policy's model, or give the policy of that model"
      });
    }
    const stage = options.stage ? config2.stages.find((s) => s.name === options.stage || s.alias === options.stage) : config2.stages.at(-1);
    if (!stage) {
      throw new ConfigError(`unknown stage "${options.stage}"`, {
        location: { file: configFile, path: "stages" },
        hint: `the stages are: ${config2.stages.map((s) => `${s.name} (${s.alias})`).join(", ")}`
      });
    }
    return { config: config2, alias: stage.alias, configFile };
  }
  if (!options.name) {
    throw new ConfigError("which model? give its name, or the promotion policy that names it", {
      location: { file: INPUTS, path: "name" },
      hint: "e.g. --name churn, or --config promote.yml"
    });
  }
  const alias = options.stage ?? "champion";
  if (!MODEL_NAME.test(options.name)) {
    throw new ConfigError(`"${options.name}" is not a model name`, {
      location: { file: INPUTS, path: "name" },
      hint: "letters, digits, - and _, starting and ending with a letter or digit"
    });
  }
  if (!ALIAS_NAME.test(alias)) {
    throw new ConfigError(`"${alias}" is not an alias`, {
      location: { file: INPUTS, path: "stage" },
      hint: "lowercase letters, digits, - and _, e.g. champion"
    });
  }
  const config = PromoteConfigSchema.parse({ model: options.name, stages: [{ name: alias, alias }] });
  return { config, alias, configFile: path.join(cwd, INPUTS) };
}

// packages/commands/src/register/register-command.ts
async function runRegister(options, io) {
  const { logger } = io;
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? process.env;
  const now = io.now ?? (() => /* @__PURE__ */ new Date());
  const reason = options.reason.trim();
  if (!reason) {
    throw new ConfigError("adopting a model needs a reason: it is recorded in place of the gates", {
      location: { file: "register inputs", path: "reason" },
      hint: 'e.g. --reason "serving since March, trained before the gates existed"'
    });
  }
  const { config, alias, configFile } = await adoptionPolicy(options, cwd);
  const target = await openRegistry({
    configFile,
    registry: config.registry,
    override: options.registry,
    writes: options.registryWrites,
    ...options.token ? { token: options.token } : {},
    env,
    cwd,
    logger
  });
  const adopt = target.registry.adopt;
  if (!adopt) {
    throw new ConfigError(`this registry (type ${config.registry.type}) cannot adopt a model in one change`, {
      location: { file: configFile, path: "registry" },
      hint: "register the model in the backend itself, or use the file registry"
    });
  }
  const artifactPath = path2.resolve(cwd, options.model);
  const { sha256 } = await fileDigest(artifactPath).catch((e) => {
    throw new ConfigError(`the artifact ${options.model} is missing (${e.code ?? String(e)})`, {
      location: { file: artifactPath, path: "model" },
      hint: "give the file of the model in use"
    });
  });
  const placed = await placeArtifact(config, artifactPath, `sha256:${sha256}`, target, configFile);
  const outcome = await adopt({
    model: config.model,
    alias,
    ...options.version ? { version: options.version } : {},
    artifact: placed.record,
    ...placed.stored ? { stored: placed.stored } : {},
    reason,
    at: now(),
    replace: options.replace === true,
    actor: await auditActor(target.context, cwd, env),
    links: promotionLinks(target.context, void 0, void 0),
    message: `registry: adopt ${config.model} at ${alias}`
  });
  const alreadyAdopted = outcome.landed === "already";
  logger.info(
    alreadyAdopted ? `already adopted: ${config.model} ${outcome.version} is at ${alias}; nothing written` : `adopted ${config.model} ${outcome.version} (sha256:${sha256}) at ${alias}${outcome.previous ? `, replacing ${outcome.previous}` : ""}: it predates the gates`
  );
  return {
    status: "pass",
    envelopePaths: [],
    version: outcome.version,
    alias,
    ...outcome.previous ? { previous: outcome.previous } : {},
    alreadyAdopted
  };
}
export {
  runRegister
};
