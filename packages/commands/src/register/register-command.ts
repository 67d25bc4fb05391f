import path from "node:path";
import { type CommandIO, ConfigError } from "@mlops/core";
import { fileDigest, openRegistry } from "@mlops/registry";
import { auditActor } from "../audit-actor.ts";
import { promotionLinks } from "../promote/promotion-links.ts";
import { placeArtifact } from "../promote/promotion-writes.ts";
import { adoptionPolicy } from "./adoption-policy.ts";

export interface RegisterOptions {
  /** The promotion policy naming the model, its registry and stages. */
  config?: string;
  /** The model's name, for a project without a policy yet. */
  name?: string;
  /** The artifact file of the model in use. */
  model: string;
  version?: string;
  /** A stage of the policy (its name or alias), or the alias itself without a policy. */
  stage?: string;
  reason: string;
  /** Move the alias even when it already points at a version. */
  replace?: boolean;
  registry?: string;
  registryWrites?: "local" | "api";
  token?: string;
}

export interface RegisterResult {
  status: "pass";
  envelopePaths: string[];
  version: string;
  alias: string;
  previous?: string;
  /** Set when these bytes had been adopted at this alias before: nothing was written. */
  alreadyAdopted: boolean;
}

/**
 * `register`: adopts the model already in use — digest, stored artifact, a version marked as adopted,
 * the alias and an `adopt` audit record, in one registry change. Refuses bytes registered already and
 * an alias that holds a version, unless told to replace it.
 */
export async function runRegister(options: RegisterOptions, io: CommandIO): Promise<RegisterResult> {
  const { logger } = io;
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? process.env;
  const now = io.now ?? (() => new Date());
  const reason = options.reason.trim();
  if (!reason) {
    throw new ConfigError("adopting a model needs a reason: it is recorded in place of the gates", {
      location: { file: "register inputs", path: "reason" },
      hint: 'e.g. --reason "serving since March, trained before the gates existed"',
    });
  }
  const { config, alias, configFile } = await adoptionPolicy(options, cwd);
  const target = await openRegistry({
    configFile,
    registry: config.registry,
    override: options.registry,
    writes: options.registryWrites,
    ...(options.token ? { token: options.token } : {}),
    env,
    cwd,
    logger,
  });
  const adopt = target.registry.adopt;
  if (!adopt) {
    throw new ConfigError(`this registry (type ${config.registry.type}) cannot adopt a model in one change`, {
      location: { file: configFile, path: "registry" },
      hint: "register the model in the backend itself, or use the file registry",
    });
  }
  const artifactPath = path.resolve(cwd, options.model);
  const { sha256 } = await fileDigest(artifactPath).catch((e: NodeJS.ErrnoException) => {
    throw new ConfigError(`the artifact ${options.model} is missing (${e.code ?? String(e)})`, {
      location: { file: artifactPath, path: "model" },
      hint: "give the file of the model in use",
    });
  });
  const placed = await placeArtifact(config, artifactPath, `sha256:${sha256}`, target, configFile);
  const outcome = await adopt({
    model: config.model,
    alias,
    ...(options.version ? { version: options.version } : {}),
    artifact: placed.record,
    ...(placed.stored ? { stored: placed.stored } : {}),
    reason,
    at: now(),
    replace: options.replace === true,
    actor: await auditActor(target.context, cwd, env),
    links: promotionLinks(target.context, undefined, undefined),
    message: `registry: adopt ${config.model} at ${alias}`,
  });
  const alreadyAdopted = outcome.landed === "already";
  logger.info(
    alreadyAdopted
      ? `already adopted: ${config.model} ${outcome.version} is at ${alias}; nothing written`
      : `adopted ${config.model} ${outcome.version} (sha256:${sha256}) at ${alias}${outcome.previous ? `, replacing ${outcome.previous}` : ""}: it predates the gates`,
  );
  return {
    status: "pass",
    envelopePaths: [],
    version: outcome.version,
    alias,
    ...(outcome.previous ? { previous: outcome.previous } : {}),
    alreadyAdopted,
  };
}
