import { auditRecordPath, legacyAuditLogPath } from "@mlops/registry";
import type { GitHubEmulator } from "../emulators/github-api.ts";

/**
 * A model's audit records as committed to an emulated repository, oldest first, whichever layout wrote
 * them: the lines of an `audit.jsonl`, then the numbered record files.
 */
export function committedAuditRecords(
  gh: GitHubEmulator,
  repo: string,
  registry: string,
  model: string,
): Record<string, unknown>[] {
  const read = (file: string) => gh.file(repo, `${registry}/${file}`)?.content.toString();
  const records = (read(legacyAuditLogPath(model)) ?? "")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  for (let seq = 1; ; seq++) {
    const text = read(auditRecordPath(model, seq));
    if (text === undefined) return records;
    records.push(JSON.parse(text) as Record<string, unknown>);
  }
}
