import type { Detail } from "@mlops/core";
import type { AuditRecord, Evidence } from "@mlops/registry";

/** The registry aliases before and after, the evidence the decision rests on, and the audit records written. */
export function promotionDetails(
  before: Record<string, string>,
  after: Record<string, string>,
  evidence: Evidence | undefined,
  audits: AuditRecord[] | undefined,
): Detail[] {
  const aliases = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const details: Detail[] = [
    {
      type: "table",
      title: "Registry aliases, before and after",
      columns: ["alias", "before", "after"],
      rows: aliases.map((a) => [a, before[a] ?? "—", after[a] ?? "—"]),
    },
  ];
  if (evidence) {
    details.push({
      type: "table",
      title: `Evidence for ${evidence.digest}`,
      columns: ["result", "gate", "status", "observed", "expected"],
      rows: evidence.gates.map((g) => [
        g.kind,
        g.title ?? g.id,
        g.status,
        g.observed ?? null,
        g.expected ?? null,
      ]),
    });
  }
  if (audits && audits.length > 0) {
    details.push({
      type: "table",
      title: "Audit records written",
      columns: ["action", "version", "previous", "actor", "reason", "links"],
      rows: audits.map((a) => [
        a.action,
        a.version,
        a.previous ?? null,
        a.actor,
        a.reason,
        Object.entries(a.links)
          .map(([k, v]) => `${k}: ${v}`)
          .join(" · ") || null,
      ]),
    });
  }
  return details;
}
