import { isDeepStrictEqual } from "node:util";
import { ConfigError, formatLocation } from "@mlops/core";
import { auditRecordFiles } from "./audit-log.ts";
import {
  type AuditRecord,
  parseAuditRecord,
  type Serving,
  servingAfter,
  textDigest,
} from "./audit-record.ts";
import { legacyAuditLogPath, parseLegacyAuditLog } from "./legacy-audit-log.ts";
import type { RegistryReader } from "./registry-files.ts";

export interface AuditChainReport {
  /** Records read, the ones of an `audit.jsonl` from before the record files included. */
  records: number;
  /** Each break, naming the file: an empty list is a verified chain. */
  problems: string[];
}

/**
 * Re-reads the whole log and checks that it is one unbroken chain: numbers without gaps, each record
 * naming the digest of the one before (so a record changed, removed or inserted after the fact breaks
 * the next one's link), ids unique, and the serving state each record carries following from the
 * records. The newest record has no successor to vouch for it: its commit in git history does.
 */
export async function verifyAuditChain(files: RegistryReader, model: string): Promise<AuditChainReport> {
  const problems: string[] = [];
  const ids = new Set<string>();
  let records = 0;
  let expected: { seq: number; digest: string | null; serving: Serving; file: string | undefined } = {
    seq: 1,
    digest: null,
    serving: {},
    file: undefined,
  };
  const accept = (record: AuditRecord, where: string) => {
    records++;
    if (ids.has(record.id)) problems.push(`${where}: record id ${record.id} appears twice`);
    ids.add(record.id);
  };

  const legacy = await files.read(legacyAuditLogPath(model));
  if (legacy) {
    const file = files.describe(legacyAuditLogPath(model));
    const parsed = parseOrReport(() => parseLegacyAuditLog(legacy.text, file), problems);
    for (const record of parsed ?? []) accept(record, file);
    const serving = (parsed ?? []).reduce(servingAfter, {});
    expected = { seq: 1, digest: textDigest(legacy.text), serving, file };
  }

  for await (const { seq, file } of auditRecordFiles(files, model)) {
    const where = files.describe(file);
    if (seq !== expected.seq) {
      problems.push(
        `${where}: expected record ${expected.seq} next — ${seq > expected.seq ? "records are missing" : "numbered out of order"}`,
      );
    }
    const found = await files.read(file);
    const record = found ? parseOrReport(() => parseAuditRecord(found.text, where), problems) : undefined;
    if (!found || !record) {
      expected = { ...expected, seq: seq + 1, digest: found ? textDigest(found.text) : null, file: where };
      continue;
    }
    accept(record, where);
    if ((record.prev ?? null) !== expected.digest) {
      problems.push(
        expected.file
          ? `${where}: names predecessor ${record.prev ?? "none"}, but ${expected.file} hashes to ${expected.digest} — it was changed, removed or replaced after this record was written`
          : `${where}: names predecessor ${record.prev}, but it is the first record`,
      );
    }
    const serving = servingAfter(expected.serving, record);
    if (!isDeepStrictEqual(record.serving ?? {}, serving)) {
      problems.push(`${where}: its serving state does not follow from the records before it`);
    }
    expected = {
      seq: seq + 1,
      digest: textDigest(found.text),
      serving: record.serving ?? serving,
      file: where,
    };
  }
  return { records, problems };
}

function parseOrReport<T>(parse: () => T, problems: string[]): T | undefined {
  try {
    return parse();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    const at = e.location ? `${formatLocation(e.location)}: ` : "";
    problems.push(`${at}${e.message}`);
    return undefined;
  }
}
