import path from "node:path";
import { type Envelope, readEnvelopeFile } from "@mlops/core";

/** How many checks a console summary names before it counts the rest. */
const SHOWN = 15;

type Check = Envelope["checks"][number];

const notPassed = (c: Check) => c.status === "fail" || c.status === "error" || c.status === "inconclusive";

/** "auc ≥ 0.75: observed 0.71, expected ≥ 0.75 (fail)", "label: not constant (warning)". */
function checkLine(c: Check): string {
  const measured = [
    c.observed !== undefined ? `observed ${c.observed}` : undefined,
    c.expected !== undefined ? `expected ${c.expected}` : undefined,
  ].filter(Boolean);
  const outcome = c.severity === "fail" ? c.status : "warning";
  return `- ${c.title}${measured.length > 0 ? `: ${measured.join(", ")}` : ""} (${outcome})`;
}

/**
 * The checks that decided a failed result, blocking ones first, for the console: the envelope says
 * which checks failed, so a user never has to open it to learn why the step is red.
 */
export function failedChecks(envelope: Envelope): string[] {
  const bad = envelope.checks.filter(notPassed);
  const ordered = [...bad.filter((c) => c.severity === "fail"), ...bad.filter((c) => c.severity !== "fail")];
  const lines = ordered.slice(0, SHOWN).map(checkLine);
  if (ordered.length > SHOWN) lines.push(`- … ${ordered.length - SHOWN} more in the result file`);
  const subject = envelope.subject.version
    ? `${envelope.subject.name} ${envelope.subject.version}`
    : envelope.subject.name;
  return [`${envelope.kind} ${subject}: ${envelope.status}`, ...lines];
}

/** The failed checks of every result file a run wrote; files that cannot be read are skipped. */
export async function failedChecksOf(files: readonly string[], cwd: string): Promise<string[]> {
  const lines: string[] = [];
  for (const file of files) {
    const envelope = await readEnvelopeFile(path.resolve(cwd, file)).catch(() => undefined);
    if (envelope && envelope.status !== "pass") lines.push(...failedChecks(envelope));
  }
  return lines;
}
