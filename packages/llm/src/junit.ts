import type { CaseResult } from "./runner.ts";

/** JUnit XML, the format CI systems and test-report actions read: one testsuite per prompt version. */

function escapeXml(s: string): string {
  return (
    s
      // XML 1.0 forbids most control characters even when escaped.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
  );
}

export function toJUnitXml(results: readonly CaseResult[]): string {
  const suites = new Map<string, CaseResult[]>();
  for (const r of results) {
    const name = `${r.promptId}@${r.promptVersion} (${r.side})`;
    const list = suites.get(name) ?? [];
    list.push(r);
    suites.set(name, list);
  }
  const seconds = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(3);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const all = (f: (r: CaseResult) => boolean) => results.filter(f).length;
  out.push(
    `<testsuites name="mlops eval" tests="${results.length}" failures="${all((r) => r.status === "fail")}" errors="${all((r) => r.status === "error")}" skipped="${all((r) => r.status === "skipped")}">`,
  );
  for (const [name, list] of suites) {
    const failures = list.filter((r) => r.status === "fail").length;
    const errors = list.filter((r) => r.status === "error").length;
    const skipped = list.filter((r) => r.status === "skipped").length;
    const time = list.reduce((n, r) => n + (r.latencyMs ?? 0), 0);
    out.push(
      `  <testsuite name="${escapeXml(name)}" tests="${list.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${seconds(time)}">`,
    );
    for (const r of list) {
      const caseName = `${r.caseId}${r.repeat > 0 ? ` #${r.repeat + 1}` : ""} [${r.provider}]`;
      const open = `    <testcase classname="${escapeXml(`${r.promptId}.${r.side}`)}" name="${escapeXml(caseName)}" time="${seconds(r.latencyMs)}"`;
      if (r.status === "pass") out.push(`${open}/>`);
      else if (r.status === "skipped") {
        out.push(`${open}>`);
        out.push(`      <skipped message="${escapeXml(r.reason ?? "skipped")}"/>`);
        out.push("    </testcase>");
      } else if (r.status === "fail") {
        out.push(`${open}>`);
        out.push(
          `      <failure message="${escapeXml(r.reason ?? "failed")}">${escapeXml(r.output ?? "")}</failure>`,
        );
        out.push("    </testcase>");
      } else {
        out.push(`${open}>`);
        out.push(`      <error message="${escapeXml(r.error ?? "error")}"/>`);
        out.push("    </testcase>");
      }
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return `${out.join("\n")}\n`;
}
