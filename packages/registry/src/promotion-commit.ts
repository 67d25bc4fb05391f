import path from "node:path";
import { ConfigError, parseConfigText } from "@mlops/core";
import * as z from "zod";
import { auditTip, chainAuditRecord } from "./audit-log.ts";
import { type AuditRecord, type AuditRecordInput, parseAuditRecord } from "./audit-record.ts";
import type { FileChange, RegistryFiles, RegistryReader } from "./registry-files.ts";
import {
  listRegisteredVersions,
  modelFileName,
  newVersionLabel,
  type RegisterRequest,
  readModelState,
  readVersionRecord,
  versionFileName,
  versionFileText,
  versionHolding,
  withAlias,
} from "./registry-writer.ts";

/**
 * A whole promotion of the file registry as one change: the stored artifact, the version file, the
 * alias and the audit records land together or not at all. Its id names what the promotion is, and a
 * receipt file named by the id lands with it: a rerun reads the receipt (one read, whatever the
 * history) and reports what landed instead of writing again.
 */

export interface PromotionRequest {
  /** Derived from what is promoted (model, digest, stage, run): the same on every rerun of this promotion. */
  id: string;
  model: string;
  alias: string;
  /** The first stage: the artifact to register, or to find registered by its digest. */
  register?: RegisterRequest & { stored?: { file: string; bytes: Uint8Array } };
  /** A later stage: the registered version to move up. */
  version?: string;
  /** Sees the aliases of the base the promotion is decided on; throws to refuse. */
  check(aliases: Record<string, string>): void;
  /** The fields every audit record of the promotion carries, besides what the promotion decides. */
  audit: Omit<AuditRecordInput, "id" | "action" | "model" | "version" | "alias" | "previous">;
  message: string;
}

export interface PromotionOutcome {
  version: string;
  /** What the alias pointed at before; unset when it pointed nowhere, or already at this version. */
  previous: string | undefined;
  after: Record<string, string>;
  /** The records this promotion wrote (earlier, when `landed` is "earlier"). */
  audits: AuditRecord[];
  /** "now": this run committed it; "earlier": a run of the same promotion did; "already": the alias was there. */
  landed: "now" | "earlier" | "already";
}

const ReceiptSchema = z
  .object({
    id: z.string(),
    version: z.string(),
    previous: z.string().nullable(),
    records: z.array(z.string()),
  })
  .strict();

export const promotionReceiptPath = (model: string, id: string) => `models/${model}/promotions/${id}.json`;

export async function commitPromotion(
  files: RegistryFiles,
  request: PromotionRequest,
): Promise<PromotionOutcome> {
  const { value, committed } = await files.transact(
    { message: request.message, trailers: { "Promotion-Id": request.id } },
    (base) => planPromotion(base, request),
  );
  return committed ? { ...value, landed: "now" } : value;
}

async function planPromotion(
  base: RegistryReader,
  request: PromotionRequest,
): Promise<{ changes: FileChange[]; value: PromotionOutcome }> {
  const { model, alias, id } = request;
  const receiptFile = promotionReceiptPath(model, id);
  const receipt = await base.read(receiptFile);
  if (receipt)
    return { changes: [], value: await landedEarlier(base, model, receipt.text, base.describe(receiptFile)) };

  const state = await readModelState(base, model);
  request.check(state.model.aliases);
  const changes: FileChange[] = [];
  let registered: { version: string } | undefined;
  let version = request.version;
  if (request.register) {
    const versions = await listRegisteredVersions(base, model);
    const existing = await versionHolding(base, model, versions, request.register.artifact.sha256);
    version = existing?.version;
    if (!existing) {
      version = newVersionLabel(base, request.register, versions);
      changes.push({
        file: versionFileName(model, version),
        content: versionFileText(request.register, version).text,
      });
      registered = { version };
    }
    const stored = request.register.stored;
    if (
      stored &&
      !(await base.list(path.posix.dirname(stored.file))).includes(path.posix.basename(stored.file))
    ) {
      changes.push({ file: stored.file, content: stored.bytes });
    }
  } else if (version === undefined || !(await readVersionRecord(base, model, version))) {
    throw new ConfigError(`version ${version} of "${model}" is not registered`, {
      location: { file: base.describe(versionFileName(model, version ?? "")) },
    });
  }
  const promoted = version!;
  const previous = state.model.aliases[alias];
  if (!registered && previous === promoted && changes.length === 0) {
    const value = {
      version: promoted,
      previous: undefined,
      after: state.model.aliases,
      audits: [],
      landed: "already" as const,
    };
    return { changes: [], value };
  }

  const { text, after } = withAlias(state, alias, promoted);
  changes.push({ file: modelFileName(model), content: text });
  let tip = await auditTip(base, model);
  const audits: AuditRecord[] = [];
  const records: string[] = [];
  const append = (input: AuditRecordInput) => {
    const next = chainAuditRecord(tip, input);
    changes.push({ file: next.file, content: next.text });
    audits.push(next.record);
    records.push(next.file);
    tip = next.next;
  };
  if (registered)
    append({ ...request.audit, id: `${id}:register`, action: "register", model, version: promoted });
  append({
    ...request.audit,
    id: `${id}:promote`,
    action: "promote",
    model,
    version: promoted,
    alias,
    previous: previous ?? null,
  });
  const receiptText = `${JSON.stringify({ id, version: promoted, previous: previous ?? null, records }, null, 2)}\n`;
  changes.push({ file: receiptFile, content: receiptText });
  return { changes, value: { version: promoted, previous, after: after.aliases, audits, landed: "now" } };
}

async function landedEarlier(
  base: RegistryReader,
  model: string,
  text: string,
  file: string,
): Promise<PromotionOutcome> {
  const receipt = parseConfigText(text, file, ReceiptSchema);
  const audits: AuditRecord[] = [];
  for (const record of receipt.records) {
    const found = await base.read(record);
    if (found) audits.push(parseAuditRecord(found.text, base.describe(record)));
  }
  return {
    version: receipt.version,
    previous: receipt.previous ?? undefined,
    after: (await readModelState(base, model)).model.aliases,
    audits,
    landed: "earlier",
  };
}
