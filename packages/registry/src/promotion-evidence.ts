import type { Check, Envelope } from "@mlops/core";
import type { Evidence } from "./registry-schema.ts";

export interface EvidenceVerdict {
  evidence: Evidence;
  /** Why the artifact may not be promoted; empty when it may. */
  refusals: string[];
  /** Checks for the promotion's own result: one per required kind and per gate. */
  checks: Check[];
}

const blocking = (c: Check) => c.severity === "fail" && c.status !== "pass" && c.status !== "skipped";

/**
 * Decides from the result envelopes whether the artifact with `digest` may be promoted: for every
 * required kind there must be a result about this model computed on exactly this digest, with no
 * blocking check (a failed, inconclusive or errored gate of severity fail).
 */
export function verifyEvidence(
  envelopes: readonly Envelope[],
  options: { model: string; digest: string; kinds: readonly string[] },
): EvidenceVerdict {
  const refusals: string[] = [];
  const checks: Check[] = [];
  const evidence: Evidence = { digest: options.digest, results: [], gates: [] };
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
      if (e.status === "error") {
        refusals.push(
          `the ${kind} result is an error: ${e.error?.message ?? "the evaluation did not complete"}`,
        );
      }
      for (const c of e.checks) {
        if (!c.gate && !blocking(c)) continue;
        evidence.gates.push({
          kind: e.kind,
          id: c.id,
          title: c.title,
          status: c.status,
          severity: c.severity,
          ...(c.observed === undefined ? {} : { observed: c.observed }),
          ...(c.expected === undefined ? {} : { expected: c.expected }),
        });
        checks.push({ ...c, id: `${kind}/${c.id}`, title: `${kind}: ${c.title}` });
        if (blocking(c)) {
          refusals.push(
            `gate "${c.id}" (${c.title}) of the ${kind} result is ${c.status}${c.observed !== undefined ? `: observed ${c.observed}` : ""}${c.expected !== undefined ? `, expected ${c.expected}` : ""}`,
          );
        }
      }
    }
  }
  return { evidence, refusals, checks };
}

/** The same decision on evidence recorded at registration (a later stage, or a deploy). */
export function recordedRefusals(evidence: Evidence | undefined, digest: string): string[] {
  if (!evidence) return ["the version has no recorded evidence: it was not registered by promote"];
  const out: string[] = [];
  if (evidence.digest !== digest) {
    out.push(`digest mismatch: the evidence is for ${evidence.digest}, the version's artifact is ${digest}`);
  }
  for (const g of evidence.gates) {
    if (g.severity === "fail" && g.status !== "pass" && g.status !== "skipped") {
      out.push(`gate "${g.id}" (${g.title ?? g.id}) of the ${g.kind} result is ${g.status}`);
    }
  }
  return out;
}
