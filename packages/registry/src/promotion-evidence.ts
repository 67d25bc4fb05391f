import type { Check, Envelope } from "@mlops/core";
import type { Evidence } from "./registry-schema.ts";

export interface EvidenceVerdict {
  evidence: Evidence;
  /** Why the artifact may not be promoted; empty when it may. */
  refusals: string[];
  /** Checks for the promotion's own result: one per required kind and per gate. */
  checks: Check[];
  /** The value of every metric a gate of the evidence decided on, as the version records it. */
  metrics: Record<string, number>;
}

/**
 * Why a check stops the promotion, or `undefined` when it does not. A required gate must pass; it may be
 * skipped only because the user marked it optional, or as a first version when the registry truly holds
 * no version of the model. Other checks block when they fail, are inconclusive or errored at fail severity.
 */
function blockedBy(
  c: Pick<Check, "status" | "severity" | "gate" | "skip">,
  firstModel: boolean,
): string | undefined {
  if (c.severity !== "fail" || c.status === "pass") return undefined;
  if (c.status !== "skipped") return c.status;
  if (!c.gate || c.skip === "optional") return undefined;
  if (c.skip === "first-version") {
    return firstModel
      ? undefined
      : "skipped as a first version, but the model already has versions in the registry";
  }
  return "skipped without a reason the user gave";
}

/**
 * Decides from the result envelopes whether the artifact with `digest` may be promoted: for every
 * required kind there must be a result about this model computed on exactly this digest, whose status is
 * neither fail nor error, with no blocking check (see `blockedBy`). `firstModel` says that the registry
 * holds no version of the model, the only case where a gate skipped as a first version is accepted.
 */
export function verifyEvidence(
  envelopes: readonly Envelope[],
  options: { model: string; digest: string; kinds: readonly string[]; firstModel?: boolean },
): EvidenceVerdict {
  const refusals: string[] = [];
  const checks: Check[] = [];
  const evidence: Evidence = { digest: options.digest, results: [], gates: [] };
  const metrics: Record<string, number> = {};
  for (const kind of options.kinds) {
    const about = envelopes.filter((e) => e.kind === kind && e.subject.name === options.model);
    const matching = about.filter((e) => e.subject.digest === options.digest);
    const id = `evidence:${kind}`;
    if (matching.length === 0) {
      const other = about.find((e) => e.subject.digest !== undefined);
      const message = other
        ? `digest mismatch: the ${kind} result was computed on ${other.subject.digest}, the artifact to promote is ${options.digest}`
        : `no ${kind} result for model "${options.model}"`;
      refusals.push(message);
      checks.push({
        id,
        title: `A ${kind} result exists for this artifact`,
        status: "fail",
        severity: "fail",
        observed: other?.subject.digest ?? "none",
        expected: options.digest,
        message,
      });
      continue;
    }
    checks.push({
      id,
      title: `A ${kind} result exists for this artifact`,
      status: "pass",
      severity: "fail",
      observed: options.digest,
      expected: options.digest,
    });
    for (const e of matching) {
      evidence.results.push({
        kind: e.kind,
        name: e.subject.name,
        status: e.status,
        startedAt: e.startedAt,
        ...(e.lineage.runUrl ? { runUrl: e.lineage.runUrl } : {}),
        ...(e.lineage.gitSha ? { gitSha: e.lineage.gitSha } : {}),
      });
      const before = refusals.length;
      for (const c of e.checks) {
        const blocked = blockedBy(c, options.firstModel === true);
        if (!c.gate && !blocked) continue;
        const value = c.metric === undefined ? undefined : e.metrics[c.metric]?.value;
        if (typeof value === "number" && !(c.metric! in metrics)) metrics[c.metric!] = value;
        evidence.gates.push({
          kind: e.kind,
          id: c.id,
          title: c.title,
          status: c.status,
          ...(c.skip ? { skip: c.skip } : {}),
          severity: c.severity,
          ...(c.observed === undefined ? {} : { observed: c.observed }),
          ...(c.expected === undefined ? {} : { expected: c.expected }),
        });
        checks.push({ ...c, id: `${kind}/${c.id}`, title: `${kind}: ${c.title}` });
        if (blocked) {
          refusals.push(
            `gate "${c.id}" (${c.title}) of the ${kind} result is ${blocked}${c.observed !== undefined ? `: observed ${c.observed}` : ""}${c.expected !== undefined ? `, expected ${c.expected}` : ""}${c.message ? ` (${c.message})` : ""}`,
          );
        }
      }
      // The status is the result's own verdict: a failed or errored result never promotes, whatever its checks say.
      if (e.status === "error" || (e.status === "fail" && refusals.length === before)) {
        const message =
          e.status === "error"
            ? `the ${kind} result is an error: ${e.error?.message ?? "the evaluation did not complete"}`
            : `the ${kind} result's status is fail`;
        refusals.push(message);
        checks.push({
          id: `${kind}/status`,
          title: `${kind}: the result's status`,
          status: "fail",
          severity: "fail",
          observed: e.status,
          expected: "pass or warn",
          message,
        });
      }
    }
  }
  return { evidence, refusals, checks, metrics };
}

/**
 * The same decision on evidence recorded at registration (a later stage, or a deploy). A gate skipped as
 * a first version was accepted then, when the registry held no version of the model.
 */
export function recordedRefusals(evidence: Evidence | undefined, digest: string): string[] {
  if (!evidence) return ["the version has no recorded evidence: it was not registered by promote"];
  const out: string[] = [];
  if (evidence.digest !== digest) {
    out.push(`digest mismatch: the evidence is for ${evidence.digest}, the version's artifact is ${digest}`);
  }
  for (const g of evidence.gates) {
    const blocked = blockedBy({ ...g, gate: true }, true);
    if (blocked) out.push(`gate "${g.id}" (${g.title ?? g.id}) of the ${g.kind} result is ${blocked}`);
  }
  return out;
}
