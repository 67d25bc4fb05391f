import { setTimeout as sleep } from "node:timers/promises";
import { ConfigError, formatError, type Logger, RuntimeFailure } from "@mlops/core";
import {
  type AuditRecordInput,
  commitDeployment,
  type DeployConfig,
  type DeploymentRecord,
  type DeployState,
  type RegistryTarget,
  type ServingState,
} from "@mlops/registry";

/** A deploy's outcome committed to the registry: the state of the environment with its audit records. */

export interface RecordContext {
  target: RegistryTarget;
  logger: Logger;
  now: () => Date;
  deployment: { url: string | undefined };
}

export type AuditFields = Omit<AuditRecordInput, "id" | "action" | "version">;

/** What every record of this deploy shares: model, environment, strategy, actor, reason, links, deployment id. */
export function auditFields(
  config: DeployConfig,
  options: { reason?: string | undefined },
  deployment: { id: string; stageOverridden: boolean; actor: string },
  s: RecordContext,
): AuditFields {
  const { context } = s.target;
  const reason = options.reason?.trim() || `deploy ${config.alias} to ${config.environment}`;
  const links: Record<string, string> = {};
  if (context.runUrl) links.run = context.runUrl;
  if (s.deployment.url) links.deployment = s.deployment.url;
  return {
    at: s.now().toISOString(),
    model: config.model,
    environment: config.environment,
    strategy: config.strategy.type,
    actor: deployment.actor,
    reason,
    links,
    deployment: deployment.id,
    ...(deployment.stageOverridden ? { stageOverridden: true as const } : {}),
  };
}

const WRITE_ATTEMPTS = 4;

/**
 * Commits the deployment's state and audit records together, once the cluster has changed. A failed
 * write is retried with backoff; when it cannot land, the GitHub Deployment is finished with what the
 * cluster did (so the next deploy sees the disagreement and refuses to start) and the run fails naming
 * what the cluster serves and what the registry says.
 */
export async function recordOutcome(
  config: DeployConfig,
  outcome: {
    id: string;
    version: string;
    serving: ServingState | null;
    outcome: DeployState["deployment"]["outcome"];
    records: DeploymentRecord["records"];
  },
  registrySays: { version: string } | undefined,
  s: RecordContext,
  finishDeployment: () => Promise<void>,
): Promise<void> {
  const { id, version, serving } = outcome;
  const { runUrl } = s.target.context;
  const record: DeploymentRecord = {
    state: {
      schemaVersion: 1,
      model: config.model,
      environment: config.environment,
      serving,
      deployment: {
        id,
        version,
        outcome: outcome.outcome,
        strategy: config.strategy.type,
        ...(runUrl ? { run: runUrl } : {}),
        at: s.now().toISOString(),
      },
    },
    records: outcome.records,
    message: `deploy: ${config.model} ${version} to ${config.environment} (${outcome.outcome})`,
  };
  for (let attempt = 1; ; attempt++) {
    try {
      const { committed } = await commitDeployment(s.target.files, record);
      if (!committed) s.logger.info(`deployment ${id} was already recorded: nothing written`);
      return;
    } catch (e) {
      const why = formatError(e);
      if (attempt < WRITE_ATTEMPTS && !(e instanceof ConfigError)) {
        s.logger.warn(`recording deployment ${id} failed (attempt ${attempt} of ${WRITE_ATTEMPTS}): ${why}`);
        await sleep(Math.min(2000, 200 * 2 ** attempt) * (0.5 + Math.random()));
        continue;
      }
      await finishDeployment().catch((x: unknown) => s.logger.warn(formatError(x)));
      const cluster = serving ? `${serving.version} (${serving.track})` : "nothing";
      throw new RuntimeFailure(
        `the cluster now serves ${config.model} ${cluster} in ${config.environment}, but the registry says ${registrySays?.version ?? "nothing"}: recording deployment ${id} failed after ${attempt} attempts: ${why}`,
        {
          hint: "rerun this job to write the record (nothing is applied again); until then another deploy refuses to start, unless serving-version says what serves",
        },
      );
    }
  }
}
