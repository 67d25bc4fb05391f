import path from "node:path";
import { type Check, ConfigError, DEFAULT_RESULTS_DIR, type Logger, readEnvelopes } from "@mlops/core";
import {
  type Evidence,
  fileDigest,
  type ModelRegistry,
  type PromoteConfig,
  recordedRefusals,
  type Stage,
  verifyEvidence,
} from "@mlops/registry";
import { digestRefusals, stageOrderDecision } from "./promotion-refusals.ts";

/** What is up for promotion, the evidence for it, and what the policy said so far. */
export interface Candidate {
  /** Unset for a new artifact without an explicit version: the registry numbers it. */
  version: string | undefined;
  digest: string;
  evidence: Evidence | undefined;
  /** What the evidence measured, recorded with a new version. */
  metrics?: Record<string, number>;
  /** The file to store, for a new artifact. */
  artifactPath?: string;
  checks: Check[];
  refusals: string[];
}

const sha256Of = async (file: string) => `sha256:${(await fileDigest(file)).sha256}`;

/** The first stage: the challenger's file, and the results computed on exactly its bytes. */
export async function newArtifactCandidate(
  config: PromoteConfig,
  options: { model?: string; version?: string; evidence?: string },
  registry: ModelRegistry,
  cwd: string,
  logger: Logger,
): Promise<Candidate> {
  if (!options.model) {
    throw new ConfigError("no artifact to promote: give the challenger's model file", {
      location: { file: "promote inputs", path: "model" },
      hint: "the first stage registers a new artifact, e.g. --model .mlops/model/model.json",
    });
  }
  const artifactPath = path.resolve(cwd, options.model);
  const digest = await sha256Of(artifactPath).catch((e: NodeJS.ErrnoException) => {
    throw new ConfigError(`the artifact ${options.model} is missing (${e.code ?? String(e)})`, {
      location: { file: artifactPath, path: "model" },
      hint: "download or build the challenger before promoting it",
    });
  });
  const evidenceDir = path.resolve(cwd, options.evidence || DEFAULT_RESULTS_DIR);
  const { envelopes } = await readEnvelopes(evidenceDir);
  logger.info(
    `${envelopes.length} result(s) in ${path.relative(cwd, evidenceDir) || "."}; artifact ${digest}`,
  );
  const verdict = verifyEvidence(
    envelopes.filter((e) => e.kind !== "promotion"),
    {
      model: config.model,
      digest,
      kinds: config.evidence.kinds,
      firstModel: await onlyVersionsOf(registry, config.model, digest),
    },
  );
  return {
    version: options.version,
    digest,
    evidence: verdict.evidence,
    metrics: verdict.metrics,
    artifactPath,
    checks: [...verdict.checks],
    refusals: [...verdict.refusals],
  };
}

/** A later stage: the version at the stage before (or the one named), with the evidence it was registered with. */
export async function registeredCandidate(
  promotion: { config: PromoteConfig; previousStage: Stage; before: Record<string, string> },
  options: { model?: string; version?: string },
  registry: ModelRegistry,
  cwd: string,
): Promise<Candidate> {
  const { config, previousStage, before } = promotion;
  const location = registry.location(config.model);
  const version = options.version ?? before[previousStage.alias];
  if (!version) {
    throw new ConfigError(
      `no version is at stage "${previousStage.name}" (alias ${previousStage.alias} is not set)`,
      {
        location: { file: location, path: `aliases.${previousStage.alias}` },
        hint: `promote to ${previousStage.name} first: stages go ${config.stages.map((x) => x.name).join(" → ")}`,
      },
    );
  }
  const record = await registry.version(config.model, version);
  if (!record) {
    throw new ConfigError(`version ${version} of "${config.model}" is not registered`, {
      location: { file: location, path: "version" },
    });
  }
  const { digest, evidence } = record;
  const order = stageOrderDecision(previousStage, before, version);
  const refusals = [...order.refusals, ...recordedRefusals(evidence, digest)];
  if (options.model) {
    const actual = await sha256Of(path.resolve(cwd, options.model));
    refusals.push(...digestRefusals(options.model, actual, version, digest));
  }
  return { version, digest, evidence, checks: [order.check], refusals };
}

/**
 * A gate skipped as "first version" counts only while this artifact is the model's first: every
 * registered version holds these bytes (none, or a rerun of the first registration). Reads stop at the
 * first other artifact, so an established model costs one read, not one per version.
 */
async function onlyVersionsOf(registry: ModelRegistry, model: string, digest: string): Promise<boolean> {
  for (const version of await registry.versions(model)) {
    if ((await registry.version(model, version))?.digest !== digest) return false;
  }
  return true;
}
