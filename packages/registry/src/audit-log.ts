import { ConfigError, parseConfigText, RuntimeFailure } from "@mlops/core";
import * as z from "zod";
import type { RegistryFiles } from "./registry-files.ts";
import { EvidenceSchema } from "./registry-schema.ts";

/**
 * The append-only audit log of a model: `models/<name>/audit.jsonl`, one JSON record per line — who
 * did what, when, why, with links to the evidence. Records are only ever appended, under the same
 * compare-and-swap as every registry write, so concurrent writers cannot drop each other's records.
 */

export const AuditRecordSchema = z
  .object({
    id: z.string().min(1),
    at: z.iso.datetime({ offset: true }),
    action: z.enum(["register", "promote", "deploy", "rollback"]),
    model: z.string(),
    version: z.string(),
    digest: z.string().optional(),
    alias: z.string().optional(),
    stage: z.string().optional(),
    environment: z.string().optional(),
    strategy: z.string().optional(),
    track: z.string().optional().describe("Which backend serves the version (stable, blue, green, …)"),
    /** What the alias (or the environment) pointed at before; null when nothing did. */
    previous: z.string().nullable().optional(),
    outcome: z.enum(["success", "failure"]).default("success"),
    actor: z.string(),
    reason: z.string(),
    links: z.record(z.string(), z.string()).default({}),
    approvals: z.array(z.object({ user: z.string(), environment: z.string() }).strict()).optional(),
    evidence: EvidenceSchema.optional(),
    message: z.string().optional(),
  })
  .strict();
export type AuditRecord = z.output<typeof AuditRecordSchema>;
export type AuditRecordInput = z.input<typeof AuditRecordSchema>;

export const auditLogPath = (model: string) => `models/${model}/audit.jsonl`;

/** Every record of the log, oldest first; a line edited into nonsense is named by file and line. */
export async function readAuditLog(files: RegistryFiles, model: string): Promise<AuditRecord[]> {
  const found = await files.read(auditLogPath(model));
  return found ? parseAuditLog(found.text, files.describe(auditLogPath(model))) : [];
}

export function parseAuditLog(text: string, file: string): AuditRecord[] {
  const records: AuditRecord[] = [];
  const lines = text.split("\n");
  for (const [i, line] of lines.entries()) {
    if (line.trim() === "") continue;
    try {
      records.push(parseConfigText(line, file, AuditRecordSchema));
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

const MAX_ATTEMPTS = 20;

/** Appends one record, re-reading and retrying when another writer appended first. */
export async function appendAuditRecord(
  files: RegistryFiles,
  record: AuditRecordInput,
): Promise<AuditRecord> {
  const checked = AuditRecordSchema.parse(record);
  const file = auditLogPath(checked.model);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = await files.read(file);
    if (current) parseAuditLog(current.text, files.describe(file));
    const before = current?.text ?? "";
    const text = `${before}${before === "" || before.endsWith("\n") ? "" : "\n"}${JSON.stringify(checked)}\n`;
    const outcome = await files.write(file, text, {
      expect: current?.version ?? null,
      message: `audit: ${checked.action} ${checked.model} ${checked.version}`,
    });
    if (outcome === "written") return checked;
    await backoff(attempt);
  }
  throw new RuntimeFailure(`could not append to ${files.describe(file)}: too many concurrent writers`, {
    hint: "rerun the job; nothing was lost, the record was not written",
  });
}

export function backoff(attempt: number): Promise<void> {
  return new Promise((r) => setTimeout(r, Math.min(500, 10 * 2 ** attempt) * (0.5 + Math.random())));
}
