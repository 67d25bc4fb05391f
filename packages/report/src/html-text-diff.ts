import type { Detail } from "@mlops/core";
import { escapeHtml } from "./escape-html.ts";
import { plural } from "./format.ts";
import { lineDiff } from "./line-diff.ts";

type TextDiffDetail = Extract<Detail, { type: "text-diff" }>;

/** Lines per side that are diffed; the diff is quadratic and a prompt longer than this is not read line by line. */
export const MAX_DIFF_LINES = 400;

/**
 * A unified line diff of two texts (a prompt template on the base and on the PR), built from escaped
 * lines; each line is a block of its own, so copying the diff still gives one line per line.
 */
export function textDiffHtml(detail: TextDiffDetail): string {
  const before = detail.before.text.split(/\r?\n/);
  const after = detail.after.text.split(/\r?\n/);
  const cut = before.length > MAX_DIFF_LINES || after.length > MAX_DIFF_LINES;
  const diff = lineDiff(before.slice(0, MAX_DIFF_LINES), after.slice(0, MAX_DIFF_LINES));
  const removed = diff.filter((line) => line.op === "removed").length;
  const added = diff.filter((line) => line.op === "added").length;
  const sign = { same: " ", removed: "-", added: "+" } as const;
  const lines = diff.map(
    (line) => `<span class="${line.op}">${sign[line.op]} ${escapeHtml(line.text)}</span>`,
  );
  const summary =
    removed + added === 0
      ? "no line changed"
      : `${plural(removed, "line")} removed, ${plural(added, "line")} added`;
  return (
    `<p class="note">${escapeHtml(detail.before.label)} → ${escapeHtml(detail.after.label)}: ${summary}` +
    (cut ? `; only the first ${MAX_DIFF_LINES} lines of each side compared` : "") +
    `</p><pre class="diff">${lines.join("")}</pre>`
  );
}
