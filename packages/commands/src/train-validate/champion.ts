import { ConfigError, type Logger } from "@mlops/core";
import type { ScorerConfig, TrainValidateConfig } from "@mlops/models";
import {
  formatModelRef,
  openRegistry,
  parseModelRef,
  type ResolvedVersion,
  resolveReference,
} from "@mlops/registry";

export interface Champion {
  version: ResolvedVersion;
  scorer: ScorerConfig;
  /** The verified artifact on this machine; unset when the scorer does not need the file. */
  file: string | undefined;
}

/**
 * The registry's champion (`--champion`, champion.ref, or `<model>@champion`) and how to score it;
 * undefined for the first model. A command scorer needs the artifact on this machine.
 */
export async function resolveChampion(
  config: Pick<TrainValidateConfig, "model" | "champion" | "scorer">,
  reference: string | undefined,
  run: { configFile: string; env: NodeJS.ProcessEnv; cwd: string; logger: Logger },
): Promise<Champion | undefined> {
  const { configFile, logger } = run;
  const ref = parseModelRef(
    reference ?? config.champion.ref ?? `${config.model}@champion`,
    reference ? "--champion" : `${configFile} (champion.ref)`,
  );
  const target = await openRegistry({ ...run, registry: config.champion.registry });
  // Undefined only when the registry holds no version of the model at all; a reference to an alias or
  // version that does not exist is an error naming the ones that do.
  const champion = await resolveReference(
    target.registry,
    ref,
    reference ? { file: "--champion" } : { file: configFile, path: "champion.ref" },
  );
  if (!champion) {
    logger.info(`no champion at ${formatModelRef(ref)}: this is the first model; only absolute gates apply`);
    return undefined;
  }
  const scorer = config.champion.scorer ?? config.scorer;
  if (!scorer) {
    throw new ConfigError("no scorer for the champion: set scorer or champion.scorer", {
      location: { file: configFile, path: "champion.scorer" },
    });
  }
  const file = await target.artifactFile(champion);
  if (file === undefined && scorer.type === "command") {
    throw new ConfigError(
      `the champion's artifact ${champion.artifactUri} is not on this machine, and the command scorer needs its file`,
      {
        location: { file: champion.recordedIn.file, path: champion.recordedIn.uriPath },
        hint: "score the champion where it is served (champion.scorer with type http), or promote it with artifacts: registry so that a copy is kept in the repository's registry folder",
      },
    );
  }
  logger.info(
    `champion: ${champion.model}@${champion.version} (${champion.aliases.join(", ") || "no alias"}), ${file ? "digest verified" : `artifact ${champion.artifactUri} not needed by the ${scorer.type} scorer`}`,
  );
  return { version: champion, scorer, file };
}
