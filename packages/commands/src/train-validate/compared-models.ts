import { type Envelope, type Logger, newEnvelope, runLineage } from "@mlops/core";
import type { TrainValidateConfig } from "@mlops/models";
import { type ChallengerModel, challengerModel } from "./challenger-model.ts";
import { type Champion, resolveChampion } from "./champion.ts";

/**
 * A model evaluation's envelope: the challenger as subject, versioned as the config says (the short git
 * sha by default), and lineage naming the commit, the run and the tools.
 */
export async function modelEnvelope(
  kind: string,
  title: string,
  config: Pick<TrainValidateConfig, "model" | "version">,
  run: { started: Date; base: string; env: NodeJS.ProcessEnv },
): Promise<Envelope> {
  const lineage = await runLineage(run.base, run.env);
  return newEnvelope({
    kind,
    title: `${title}: ${config.model}`,
    subject: {
      type: "model",
      name: config.model,
      version: config.version ?? lineage.gitSha?.slice(0, 7) ?? "candidate",
    },
    startedAt: run.started.toISOString(),
    details: [],
    lineage,
  });
}

/**
 * The challenger's model file and the registry's champion, both recorded in the envelope: the model
 * digest as the subject's, the champion as its baseline.
 */
export async function comparedModels(
  config: Parameters<typeof challengerModel>[0] & Parameters<typeof resolveChampion>[0],
  options: { model?: string; champion?: string },
  run: {
    cwd: string;
    base: string;
    env: NodeJS.ProcessEnv;
    logger: Logger;
    configFile: string;
    signal?: AbortSignal;
  },
  envelope: Envelope,
): Promise<{ challenger: ChallengerModel; champion: Champion | undefined }> {
  const challenger = await challengerModel(config, options.model, run);
  if (challenger.modelDigest) envelope.subject.digest = challenger.modelDigest as `sha256:${string}`;
  const champion = await resolveChampion(config, options.champion, run);
  if (champion) {
    const { model, version, digest } = champion.version;
    envelope.subject.baseline = { name: model, version, digest };
  }
  return { challenger, champion };
}
