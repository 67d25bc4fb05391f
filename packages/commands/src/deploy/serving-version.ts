import type { AuditRecord } from "@mlops/registry";

/**
 * What serves the environment now, from the audit log: the last successful deploy or rollback that
 * took traffic (a shadow copy never serves). Undefined before the first deploy.
 */
export function servingVersion(
  history: readonly AuditRecord[],
  environment: string,
): { version: string; track: string } | undefined {
  const serving = history
    .filter(
      (r) =>
        r.environment === environment &&
        (r.action === "deploy" || r.action === "rollback") &&
        r.outcome === "success" &&
        r.track !== "shadow",
    )
    .at(-1);
  return serving ? { version: serving.version, track: serving.track ?? "stable" } : undefined;
}
