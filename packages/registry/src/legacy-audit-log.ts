import { ConfigError } from "@mlops/core";
import { type AuditRecord, parseAuditRecord } from "./audit-record.ts";

/**
 * The audit log as it was first kept: `models/<name>/audit.jsonl`, one record per line. Still read,
 * never written: it is the frozen start of the chain that `audit/` continues.
 */
export const legacyAuditLogPath = (model: string) => `models/${model}/audit.jsonl`;

/** Every record of the file, oldest first; a line edited into nonsense is named by file and line. */
export function parseLegacyAuditLog(text: string, file: string): AuditRecord[] {
  const records: AuditRecord[] = [];
  for (const [i, line] of text.split("\n").entries()) {
    if (line.trim() === "") continue;
    try {
      records.push(parseAuditRecord(line, file));
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      throw new ConfigError(`invalid audit record: ${e.message}`, {
        location: { file, line: i + 1, ...(e.location?.path ? { path: e.location.path } : {}) },
        hint: "the audit log is append-only: restore the line from git history instead of editing it",
      });
    }
  }
  return records;
}
