import { createHash } from "node:crypto";
import { parseConfigText } from "@mlops/core";
import { stringify } from "yaml";
import * as z from "zod";
import { auditTip, chainAuditRecord, servingVersion } from "./audit-log.ts";
import type { AuditRecord, AuditRecordInput } from "./audit-record.ts";
import type { FileChange, RegistryFiles, RegistryReader } from "./registry-files.ts";

/**
 * What serves a model in one environment, and the deployment that left it so:
 * `models/<model>/deployments/<environment>.yml`. It is written in the same change as that
 * deployment's audit records, once the rollout's outcome is known, so the registry never says a
 * version serves without the record of how it got there, and a record never lands without the state.
 */

const ServingSchema = z
  .object({
    version: z.string(),
    digest: z.string(),
    track: z.string().describe("Which backend serves it (stable, blue, green)"),
  })
  .strict();

export const DeployStateSchema = z
  .object({
    schemaVersion: z.literal(1),
    model: z.string(),
    environment: z.string(),
    serving: ServingSchema.nullable().describe(
      "What takes the environment's traffic; null when nothing does",
    ),
    deployment: z
      .object({
        id: z.string().describe("Derived from model, version, environment, run id and attempt"),
        version: z.string().describe("The version this deployment rolled out (or tried to)"),
        outcome: z.enum(["deployed", "rolled-back", "failed"]),
        strategy: z.string(),
        run: z.string().optional().describe("The workflow run"),
        at: z.iso.datetime({ offset: true }),
      })
      .strict()
      .describe("The last deployment to this environment"),
  })
  .strict();
export type DeployState = z.output<typeof DeployStateSchema>;
export type ServingState = z.output<typeof ServingSchema>;

export const deployStatePath = (model: string, environment: string) =>
  `models/${model}/deployments/${environment}.yml`;

/**
 * The deployment's idempotency key. Without a run id (a run on a workstation) every run is its own
 * deployment: there is no earlier attempt it could be a rerun of.
 */
export function deploymentId(
  what: { model: string; version: string; environment: string },
  run: { runId?: number | undefined; runAttempt?: number | undefined },
  fresh: () => string,
): string {
  if (run.runId === undefined) return fresh();
  const key = JSON.stringify([what.model, what.version, what.environment, run.runId, run.runAttempt ?? 1]);
  return createHash("sha256").update(key).digest("hex").slice(0, 32);
}

export async function readDeployState(
  files: RegistryReader,
  model: string,
  environment: string,
): Promise<DeployState | undefined> {
  const file = deployStatePath(model, environment);
  const found = await files.read(file);
  return found ? parseConfigText(found.text, files.describe(file), DeployStateSchema) : undefined;
}

/** What the registry says serves the environment, and since when; registries older than the state file answer from the audit log. */
export async function registryServing(
  files: RegistryReader,
  model: string,
  environment: string,
): Promise<{ serving: { version: string; track: string } | undefined; at?: string; state?: DeployState }> {
  const state = await readDeployState(files, model, environment);
  if (state) return { serving: state.serving ?? undefined, at: state.deployment.at, state };
  return { serving: await servingVersion(files, model, environment) };
}

export interface DeploymentRecord {
  state: DeployState;
  /** The deploy record and, when the rollout failed and something served before, the rollback record. */
  records: Omit<AuditRecordInput, "id">[];
  message: string;
}

/**
 * Lands the state and the audit records together. A rerun of the same deployment (the state already
 * names its id) changes nothing, and says so with `committed: false` and the state found.
 */
export async function commitDeployment(
  files: RegistryFiles,
  request: DeploymentRecord,
): Promise<{ committed: boolean; state: DeployState; audits: AuditRecord[] }> {
  const { state } = request;
  const { value, committed } = await files.transact(
    { message: request.message, trailers: { "Deployment-Id": state.deployment.id } },
    async (base) => {
      const found = await readDeployState(base, state.model, state.environment);
      if (found?.deployment.id === state.deployment.id) {
        return { changes: [], value: { state: found, audits: [] as AuditRecord[] } };
      }
      let tip = await auditTip(base, state.model);
      const changes: FileChange[] = [];
      const audits: AuditRecord[] = [];
      for (const input of request.records) {
        const next = chainAuditRecord(tip, { ...input, id: `${state.deployment.id}:${input.action}` });
        changes.push({ file: next.file, content: next.text });
        audits.push(next.record);
        tip = next.next;
      }
      changes.push({
        file: deployStatePath(state.model, state.environment),
        content: stringify(state, { lineWidth: 0 }),
      });
      return { changes, value: { state, audits } };
    },
  );
  return { committed, ...value };
}
