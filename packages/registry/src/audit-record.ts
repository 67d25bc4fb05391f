import { createHash } from "node:crypto";
import { parseConfigText } from "@mlops/core";
import * as z from "zod";
import { EvidenceSchema } from "./registry-schema.ts";

/** One audit record — who did what, when, why, with links to the evidence — and what it chains to. */

const ServingSchema = z.record(z.string(), z.object({ version: z.string(), track: z.string() }).strict());
export type Serving = z.output<typeof ServingSchema>;

export const AuditRecordSchema = z
  .object({
    id: z.string().min(1),
    at: z.iso.datetime({ offset: true }),
    action: z.enum(["register", "adopt", "promote", "deploy", "rollback"]),
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
    /** The deployment's idempotency key (see deploy-state.ts), on deploy and rollback records. */
    deployment: z.string().optional(),
    /** Set when the version was deployed without holding the environment's alias, on an explicit override. */
    stageOverridden: z.literal(true).optional(),
    /** sha256 of the file of the record before (of the whole `audit.jsonl` for the first one after it); null for the first record. Absent in `audit.jsonl`. */
    prev: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/)
      .nullable()
      .optional(),
    /** What serves each environment once this record happened. Absent in `audit.jsonl`. */
    serving: ServingSchema.optional(),
  })
  .strict();
export type AuditRecord = z.output<typeof AuditRecordSchema>;
export type AuditRecordInput = Omit<z.input<typeof AuditRecordSchema>, "prev" | "serving">;

export const textDigest = (text: string) => `sha256:${createHash("sha256").update(text).digest("hex")}`;

/** What serves each environment after `record`: a successful deploy or rollback that took traffic (a shadow copy never serves). */
export function servingAfter(before: Serving, record: AuditRecord): Serving {
  const takesTraffic =
    (record.action === "deploy" || record.action === "rollback") &&
    record.outcome === "success" &&
    record.environment !== undefined &&
    record.track !== "shadow";
  if (!takesTraffic) return before;
  return { ...before, [record.environment!]: { version: record.version, track: record.track ?? "stable" } };
}

export function parseAuditRecord(text: string, file: string): AuditRecord {
  return parseConfigText(text, file, AuditRecordSchema);
}
