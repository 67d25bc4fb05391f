import path from "node:path";
import { ConfigError } from "@mlops/core";
import { auditTip, chainAuditRecord } from "./audit-log.ts";
import type { AuditRecord } from "./audit-record.ts";
import type { FileChange, RegistryFiles, RegistryReader } from "./registry-files.ts";
import type { Adoption, ArtifactRecord } from "./registry-schema.ts";
import {
  listRegisteredVersions,
  modelFileName,
  newVersionLabel,
  readModelState,
  versionFileName,
  versionFileText,
  versionHolding,
  withAlias,
} from "./registry-writer.ts";

/**
 * Adopting the model already in use: its artifact, a version file marked `adopted`, the alias and an
 * `adopt` audit record land as one change, like a promotion. It has no evidence — it predates the
 * gates — and the version file and the audit record say so, which is what lets deploy accept it.
 */

export interface AdoptionRequest {
  model: string;
  alias: string;
  /** Explicit semver; by default the next patch (1.0.0 first). */
  version?: string;
  artifact: ArtifactRecord;
  /** The artifact's copy in the registry folder, when it is stored there. */
  stored?: { file: string; bytes: Uint8Array };
  reason: string;
  at: Date;
  /** Move the alias even when it points at another version already. */
  replace: boolean;
  actor: string;
  links: Record<string, string>;
  message: string;
}

export interface AdoptionOutcome {
  version: string;
  /** What the alias pointed at before; unset when it pointed nowhere. */
  previous: string | undefined;
  after: Record<string, string>;
  audit: AuditRecord | undefined;
  /** "now": this run adopted it; "already": these bytes were adopted at this alias before (a rerun). */
  landed: "now" | "already";
}

export const ADOPTION_NOTE = "predates the gates";

/** How an adopted version is introduced wherever it is deployed: when, why, and that no gate vouches for it. */
export const adoptionNote = (adopted: Adoption): string =>
  `adopted ${adopted.at.slice(0, 10)}: ${adopted.reason} — ${ADOPTION_NOTE}`;

export async function commitAdoption(
  files: RegistryFiles,
  request: AdoptionRequest,
): Promise<AdoptionOutcome> {
  const { value } = await files.transact({ message: request.message }, (base) => planAdoption(base, request));
  return value;
}

async function planAdoption(
  base: RegistryReader,
  request: AdoptionRequest,
): Promise<{ changes: FileChange[]; value: AdoptionOutcome }> {
  const { model, alias, artifact } = request;
  const state = await readModelState(base, model);
  const aliases = state.model.aliases;
  const versions = await listRegisteredVersions(base, model);
  const existing = await versionHolding(base, model, versions, artifact.sha256);
  if (existing?.record.adopted && aliases[alias] === existing.version) {
    const value = { version: existing.version, previous: undefined, after: aliases, audit: undefined };
    return { changes: [], value: { ...value, landed: "already" } };
  }
  if (existing) {
    throw new ConfigError(
      `this artifact (sha256:${artifact.sha256}) is already registered as version ${existing.version} of "${model}"`,
      {
        location: { file: existing.file, path: "artifact.sha256" },
        hint: `nothing to adopt: promote or deploy version ${existing.version}`,
      },
    );
  }
  const previous = aliases[alias];
  if (previous !== undefined && !request.replace) {
    throw new ConfigError(`alias ${alias} of "${model}" already points at version ${previous}`, {
      location: { file: state.file, path: `aliases.${alias}` },
      hint: "adopt at another alias, or pass replace to move this one (the audit record names the version it replaced)",
    });
  }
  const version = newVersionLabel(base, request, versions);
  const adopted = { reason: request.reason, at: request.at.toISOString() };
  const changes: FileChange[] = [
    {
      file: versionFileName(model, version),
      content: versionFileText({ model, artifact, adopted, createdAt: request.at }, version).text,
    },
  ];
  const { stored } = request;
  if (
    stored &&
    !(await base.list(path.posix.dirname(stored.file))).includes(path.posix.basename(stored.file))
  ) {
    changes.push({ file: stored.file, content: stored.bytes });
  }
  const { text, after } = withAlias(state, alias, version);
  changes.push({ file: modelFileName(model), content: text });
  const record = chainAuditRecord(await auditTip(base, model), {
    id: `adopt:${model}:${artifact.sha256}:${alias}`,
    at: adopted.at,
    action: "adopt",
    model,
    version,
    digest: `sha256:${artifact.sha256}`,
    alias,
    previous: previous ?? null,
    actor: request.actor,
    reason: request.reason,
    links: request.links,
    message: `adopted as it is: the version ${ADOPTION_NOTE} and has no evidence`,
  });
  changes.push({ file: record.file, content: record.text });
  const value = { version, previous, after: after.aliases, audit: record.record, landed: "now" as const };
  return { changes, value };
}
