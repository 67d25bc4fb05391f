import type { Detail } from "@mlops/core";
import { escapeHtml } from "./escape-html.ts";
import { plural } from "./format.ts";

type CaseDetail = Extract<Detail, { type: "case-comparison" }>;
type Outcome = CaseDetail["cases"][number]["after"];

/** Characters of one output shown; a model's answer can be as long as the model likes. */
export const MAX_OUTPUT_CHARS = 4000;

/**
 * Each case with the earlier and the new output side by side, and a filter to the cases that need a look
 * (failing or regressed, or regressed only) made of radio inputs that CSS reads: the report runs no
 * script. `key` makes the inputs of one comparison a group of their own.
 */
export function caseComparisonHtml(detail: CaseDetail, key: string, maxCases: number): string {
  const cases = detail.cases.slice(0, maxCases);
  const regressed = detail.cases.filter((c) => c.change === "regressed").length;
  const attention = regressed + detail.cases.filter((c) => c.change === "failing").length;
  const name = `cases-${key}`;
  const filter = (id: string, text: string, checked: boolean) =>
    `<input type="radio" name="${name}" id="${name}-${id}" class="show-${id}"${checked ? " checked" : ""}>` +
    `<label for="${name}-${id}">${escapeHtml(text)}</label>`;
  const articles = cases.map((c) => {
    const sides = [
      c.before
        ? side(detail.before, c.before)
        : `<div class="side"><p class="side-label">${escapeHtml(detail.before)}: no result</p></div>`,
      side(detail.after, c.after),
    ];
    // Enums the envelope schema checked; escaped all the same, as everything from a result file is.
    const change = escapeHtml(c.change);
    return (
      `<article class="case ${change}"><h4>${escapeHtml(c.id)} <span class="change ${change}">${change}</span></h4>` +
      `<div class="sides">${sides.join("")}</div></article>`
    );
  });
  const more = detail.cases.length - cases.length;
  return (
    `<div class="cases">` +
    `<span class="note">Show:</span>` +
    filter("attention", `failing or regressed (${attention})`, attention > 0) +
    filter("regressed", `regressed (${regressed})`, false) +
    filter("all", `all (${detail.cases.length})`, attention === 0) +
    `<div class="case-list">${articles.join("")}` +
    (more > 0 ? `<p class="more">… ${plural(more, "more case")} in the result file</p>` : "") +
    `</div></div>`
  );
}

function side(label: string, outcome: Outcome): string {
  const status = escapeHtml(outcome.status);
  const output = outcome.output ?? "";
  const shown = output.length > MAX_OUTPUT_CHARS ? `${output.slice(0, MAX_OUTPUT_CHARS)}…` : output;
  return (
    `<div class="side ${status}"><p class="side-label">${escapeHtml(label)}: <strong>${status}</strong></p>` +
    `<pre>${outcome.output === undefined ? "(no output)" : escapeHtml(shown)}</pre>` +
    (outcome.reason ? `<p class="note">${escapeHtml(outcome.reason)}</p>` : "") +
    `</div>`
  );
}
