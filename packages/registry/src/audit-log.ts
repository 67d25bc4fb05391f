import { RuntimeFailure } from "@mlops/core";
import {
  type AuditRecord,
  type AuditRecordInput,
  AuditRecordSchema,
  parseAuditRecord,
  type Serving,
  servingAfter,
  textDigest,
} from "./audit-record.ts";
import { legacyAuditLogPath, parseLegacyAuditLog } from "./legacy-audit-log.ts";
import type { RegistryFiles, RegistryReader } from "./registry-files.ts";

/**
 * The append-only audit log of a model — who did what, when, why, with links to the evidence — kept
 * as one small file per record: `models/<name>/audit/<shard>/<seq>.json`, numbered 1, 2, 3, … and
 * 1,000 to a shard folder.
 *
 * The number is the lock: a record is created only where no file exists yet, so two writers that read
 * the same last record cannot both append after it — the loser moves on to the next number. That keeps
 * one linear chain (each record carries the digest of the one before it) without any file that grows:
 * an append reads two folder listings and the last record, whatever the length of the history, and no
 * file comes near the contents API's 1 MB limit. Each record also carries what serves every
 * environment after it, so deploy learns its rollback target from the last record alone.
 *
 * Logs written before this layout (`models/<name>/audit.jsonl`) are read as they are and never written
 * again: the first record of the new layout names the digest of the whole old file.
 */

const SHARD_SIZE = 1000;
const SHARD = /^\d{5}$/;
const RECORD = /^(\d{8})\.json$/;

const auditFolder = (model: string) => `models/${model}/audit`;

export function auditRecordPath(model: string, seq: number): string {
  const shard = String(Math.floor(seq / SHARD_SIZE)).padStart(5, "0");
  return `${auditFolder(model)}/${shard}/${String(seq).padStart(8, "0")}.json`;
}

const shardFolders = async (files: RegistryReader, model: string) =>
  (await files.folders(auditFolder(model))).filter((s) => SHARD.test(s)).sort();

/** Record files in chain order: shard folders (all, or the ones given), then the records inside, by number. */
export async function* auditRecordFiles(
  files: RegistryReader,
  model: string,
  shards?: string[],
): AsyncGenerator<{ seq: number; file: string }> {
  const folder = auditFolder(model);
  for (const shard of shards ?? (await shardFolders(files, model))) {
    const names = (await files.list(`${folder}/${shard}`)).filter((n) => RECORD.test(n)).sort();
    for (const name of names)
      yield { seq: Number(RECORD.exec(name)![1]), file: `${folder}/${shard}/${name}` };
  }
}

/** The last record, read in a bounded number of requests: the shard listing, the last shard's listing, the record. */
async function lastRecord(
  files: RegistryReader,
  model: string,
): Promise<{ seq: number; text: string; record: AuditRecord } | undefined> {
  // Shards are never empty in git; a local folder left empty by hand is skipped.
  for (const shard of (await shardFolders(files, model)).reverse()) {
    let last: { seq: number; file: string } | undefined;
    for await (const entry of auditRecordFiles(files, model, [shard])) last = entry;
    if (!last) continue;
    const found = await files.read(last.file);
    if (!found) continue;
    return {
      seq: last.seq,
      text: found.text,
      record: parseAuditRecord(found.text, files.describe(last.file)),
    };
  }
  return undefined;
}

/** Where the chain ends: the number and digest of the last record and what serves after it. */
export interface AuditTip {
  seq: number;
  digest: string | null;
  serving: Serving;
}

/** The record that follows `tip`: its file, its text as stored, and the tip after it. */
export function chainAuditRecord(
  tip: AuditTip,
  input: AuditRecordInput,
): { file: string; text: string; record: AuditRecord; next: AuditTip } {
  const checked = AuditRecordSchema.parse(input);
  const record: AuditRecord = { ...checked, prev: tip.digest, serving: servingAfter(tip.serving, checked) };
  const text = `${JSON.stringify(record, null, 2)}\n`;
  const seq = tip.seq + 1;
  return {
    file: auditRecordPath(checked.model, seq),
    text,
    record,
    next: { seq, digest: textDigest(text), serving: record.serving ?? {} },
  };
}

export async function auditTip(files: RegistryReader, model: string): Promise<AuditTip> {
  const last = await lastRecord(files, model);
  if (last) return { seq: last.seq, digest: textDigest(last.text), serving: last.record.serving ?? {} };
  const legacy = await files.read(legacyAuditLogPath(model));
  if (!legacy) return { seq: 0, digest: null, serving: {} };
  const records = parseLegacyAuditLog(legacy.text, files.describe(legacyAuditLogPath(model)));
  return { seq: 0, digest: textDigest(legacy.text), serving: records.reduce(servingAfter, {}) };
}

/** What serves `environment` now, from the last record alone; undefined before the first deploy. */
export async function servingVersion(
  files: RegistryReader,
  model: string,
  environment: string,
): Promise<{ version: string; track: string } | undefined> {
  return (await auditTip(files, model)).serving[environment];
}

/** Every record, oldest first: an `audit.jsonl` from before this layout, then the record files. */
export async function readAuditLog(files: RegistryReader, model: string): Promise<AuditRecord[]> {
  const legacy = await files.read(legacyAuditLogPath(model));
  const records = legacy ? parseLegacyAuditLog(legacy.text, files.describe(legacyAuditLogPath(model))) : [];
  for await (const { file } of auditRecordFiles(files, model)) {
    const found = await files.read(file);
    if (found) records.push(parseAuditRecord(found.text, files.describe(file)));
  }
  return records;
}

const MAX_ATTEMPTS = 20;

/**
 * Appends one record after the last one. A taken number means another writer appended first — or this
 * very write landed and only its answer was lost, which the record's id tells apart: then it is done.
 */
export async function appendAuditRecord(files: RegistryFiles, input: AuditRecordInput): Promise<AuditRecord> {
  let tip = await auditTip(files, input.model);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const { file, text, record } = chainAuditRecord(tip, input);
    const outcome = await files.write(file, text, {
      expect: null,
      message: `audit: ${record.action} ${record.model} ${record.version}`,
    });
    if (outcome === "written") return record;
    const taken = await files.read(file);
    if (taken) {
      const other = parseAuditRecord(taken.text, files.describe(file));
      if (other.id === record.id) return other;
      tip = { seq: tip.seq + 1, digest: textDigest(taken.text), serving: other.serving ?? {} };
    } else {
      // The branch moved under the write (another file was committed): the number is still free.
      await backoff(attempt);
    }
  }
  throw new RuntimeFailure(
    `could not append to ${files.describe(auditFolder(input.model))}: too many concurrent writers`,
    { hint: "rerun the job; nothing was lost, the record was not written" },
  );
}

export function backoff(attempt: number): Promise<void> {
  return new Promise((r) => setTimeout(r, Math.min(500, 10 * 2 ** attempt) * (0.5 + Math.random())));
}
