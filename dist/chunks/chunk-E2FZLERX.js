import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  require_handlebars_runtime
} from "./chunk-Y4GNVVGN.js";
import {
  checkEffect,
  worstStatus
} from "./chunk-XSUZOP4V.js";
import {
  __commonJS,
  __toESM
} from "./chunk-SFHOJSAM.js";

// node_modules/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/runtime.js"(exports, module) {
    module.exports = require_handlebars_runtime()["default"];
  }
});

// packages/report/src/format.ts
var MINUS = "−";
var FRACTION_UNITS = /* @__PURE__ */ new Set(["ratio", "rate", "fraction", "proportion"]);
function groupThousands(digits) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function trimZeros(text) {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}
function formatMagnitude(abs) {
  if (abs === 0) return "0";
  if (abs >= 1e15)
    return abs.toExponential(3).replace(/\.?0+e/, "e").replace("e+", "e");
  if (abs >= 1e4 || Number.isInteger(abs)) return groupThousands(Math.round(abs).toString());
  if (abs < 1e-4) return abs.toExponential(2).replace(/\.?0+e/, "e");
  const text = trimZeros(abs.toPrecision(4));
  return abs >= 1e3 ? groupThousands(text) : text;
}
function formatNumber(value, options = {}) {
  if (value === null || value === void 0) return "—";
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : `${MINUS}∞`;
  const body = formatMagnitude(Math.abs(value));
  if (value < 0 && body !== "0") return MINUS + body;
  return options.signed && value > 0 ? `+${body}` : body;
}
function unitStyle(unit) {
  if (unit === "%") return { scale: 1, suffix: "%", deltaSuffix: " pp" };
  if (unit !== void 0 && FRACTION_UNITS.has(unit)) return { scale: 100, suffix: "%", deltaSuffix: " pp" };
  if (unit) return { scale: 1, suffix: ` ${unit}`, deltaSuffix: ` ${unit}` };
  return { scale: 1, suffix: "", deltaSuffix: "" };
}
function scaled(value, scale) {
  return value === null ? null : value * scale;
}
function formatValue(value, unit, ci) {
  if (value === null) return "—";
  const style = unitStyle(unit);
  let text = formatNumber(value * style.scale) + style.suffix;
  if (ci) text += ` [${formatNumber(ci.lower * style.scale)}, ${formatNumber(ci.upper * style.scale)}]`;
  return text;
}
function formatDelta(delta, unit, ci) {
  const style = unitStyle(unit);
  const signed = (v) => formatNumber(scaled(v, style.scale), { signed: true });
  let text = signed(delta) + style.deltaSuffix;
  if (ci) text += ` [${signed(ci.lower)}, ${signed(ci.upper)}]`;
  return text;
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  const seconds = ms / 1e3;
  if (seconds < 60) return `${trimZeros(seconds.toFixed(1))} s`;
  const totalSeconds = Math.round(seconds);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor(totalSeconds % 3600 / 60);
  if (hours > 0) return `${hours} h ${minutes} min`;
  return `${minutes} min ${totalSeconds % 60} s`;
}
function formatBytes(bytes) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : trimZeros(value.toFixed(1))} ${units[unit]}`;
}
function shortDigest(digest) {
  const match = /^(?:(sha256):)?([0-9a-f]{13,})$/i.exec(digest);
  if (!match) return digest;
  return `${match[1] ?? "sha256"}:${match[2].slice(0, 12)}`;
}
function shortSha(sha) {
  return /^[0-9a-f]{8,40}$/i.test(sha) ? sha.slice(0, 7) : sha;
}
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
function formatScalar(value) {
  if (value === void 0 || value === null) return "—";
  if (typeof value === "number") return formatNumber(value);
  return String(value);
}

// packages/report/src/verdict.ts
function overallStatus(envelopes) {
  return worstStatus(envelopes.map((e) => e.status));
}
function countChecks(envelope) {
  const counts = {
    failed: 0,
    warnings: 0,
    inconclusive: 0,
    requiredInconclusive: 0,
    passed: 0,
    skipped: 0,
    total: envelope.checks.length
  };
  for (const check of envelope.checks) {
    if (check.status === "fail" || check.status === "error") {
      if (check.severity === "fail") counts.failed++;
      else counts.warnings++;
    } else if (check.status === "inconclusive") {
      counts.inconclusive++;
      if (check.severity === "fail") counts.requiredInconclusive++;
    } else if (check.status === "pass") counts.passed++;
    else counts.skipped++;
  }
  return counts;
}
var STATUS_RANK = { error: 0, fail: 1, warn: 2, pass: 3 };
function orderEnvelopes(envelopes) {
  return envelopes.map((envelope, index) => ({ envelope, index })).sort((a, b) => STATUS_RANK[a.envelope.status] - STATUS_RANK[b.envelope.status] || a.index - b.index).map((entry) => entry.envelope);
}
function verdictText(envelopes) {
  const total = envelopes.length;
  if (total === 0) return "No evaluation results were found";
  const ofTotal = total === 1 ? "" : ` of ${total}`;
  const parts = [];
  const errored = envelopes.filter((e) => e.status === "error").length;
  if (errored > 0)
    parts.push(`${errored}${ofTotal} ${errored === 1 && total === 1 ? "evaluation" : "evaluations"} errored`);
  let failedGates = 0;
  let undecidedGates = 0;
  let evaluationsWithBlockers = 0;
  let warnings = 0;
  for (const envelope of envelopes) {
    const counts = countChecks(envelope);
    failedGates += counts.failed;
    undecidedGates += counts.requiredInconclusive;
    warnings += counts.warnings + counts.inconclusive - counts.requiredInconclusive;
    if (counts.failed + counts.requiredInconclusive > 0) evaluationsWithBlockers++;
  }
  const blockers = [];
  if (failedGates > 0) blockers.push(`${plural(failedGates, "required gate")} failed`);
  if (undecidedGates > 0) {
    const subject = failedGates > 0 ? String(undecidedGates) : plural(undecidedGates, "required gate");
    blockers.push(`${subject} had insufficient data`);
  }
  if (blockers.length > 0) {
    parts.push(
      blockers.join(", ") + (total > 1 ? ` in ${evaluationsWithBlockers} of ${total} evaluations` : "")
    );
  } else {
    const failed = envelopes.filter((e) => e.status === "fail").length;
    if (failed > 0) parts.push(`${failed}${ofTotal} ${total === 1 ? "evaluation" : "evaluations"} failed`);
  }
  if (warnings > 0) parts.push(plural(warnings, "warning"));
  else {
    const warned = envelopes.filter((e) => e.status === "warn").length;
    if (warned > 0) parts.push(`${plural(warned, "evaluation")} with warnings`);
  }
  if (parts.length === 0)
    return total === 1 ? "All gates passed" : `All gates passed in ${total} evaluations`;
  return parts.join("; ");
}

// packages/report/src/control-characters.ts
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
function stripControlCharacters(text) {
  return text.replace(CONTROL, "");
}

// packages/report/src/escape-html.ts
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

// packages/report/src/html-case-comparison.ts
var MAX_OUTPUT_CHARS = 4e3;
function caseComparisonHtml(detail, key, maxCases) {
  const cases = detail.cases.slice(0, maxCases);
  const regressed = detail.cases.filter((c) => c.change === "regressed").length;
  const attention = regressed + detail.cases.filter((c) => c.change === "failing").length;
  const name = `cases-${key}`;
  const filter = (id, text, checked) => `<input type="radio" name="${name}" id="${name}-${id}" class="show-${id}"${checked ? " checked" : ""}><label for="${name}-${id}">${escapeHtml(text)}</label>`;
  const articles = cases.map((c) => {
    const sides = [
      c.before ? side(detail.before, c.before) : `<div class="side"><p class="side-label">${escapeHtml(detail.before)}: no result</p></div>`,
      side(detail.after, c.after)
    ];
    const change = escapeHtml(c.change);
    return `<article class="case ${change}"><h4>${escapeHtml(c.id)} <span class="change ${change}">${change}</span></h4><div class="sides">${sides.join("")}</div></article>`;
  });
  const more = detail.cases.length - cases.length;
  return `<div class="cases"><span class="note">Show:</span>` + filter("attention", `failing or regressed (${attention})`, attention > 0) + filter("regressed", `regressed (${regressed})`, false) + filter("all", `all (${detail.cases.length})`, attention === 0) + `<div class="case-list">${articles.join("")}` + (more > 0 ? `<p class="more">… ${plural(more, "more case")} in the result file</p>` : "") + `</div></div>`;
}
function side(label, outcome) {
  const status = escapeHtml(outcome.status);
  const output = outcome.output ?? "";
  const shown = output.length > MAX_OUTPUT_CHARS ? `${output.slice(0, MAX_OUTPUT_CHARS)}…` : output;
  return `<div class="side ${status}"><p class="side-label">${escapeHtml(label)}: <strong>${status}</strong></p><pre>${outcome.output === void 0 ? "(no output)" : escapeHtml(shown)}</pre>` + (outcome.reason ? `<p class="note">${escapeHtml(outcome.reason)}</p>` : "") + `</div>`;
}

// packages/report/src/line-diff.ts
function lineDiff(before, after) {
  const n = before.length;
  const m = after.length;
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i2 = n - 1; i2 >= 0; i2--) {
    for (let j2 = m - 1; j2 >= 0; j2--) {
      lcs[i2 * width + j2] = before[i2] === after[j2] ? lcs[(i2 + 1) * width + j2 + 1] + 1 : Math.max(lcs[(i2 + 1) * width + j2], lcs[i2 * width + j2 + 1]);
    }
  }
  const out = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      out.push({ op: "same", text: before[i] });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) {
      out.push({ op: "removed", text: before[i++] });
    } else {
      out.push({ op: "added", text: after[j++] });
    }
  }
  while (i < n) out.push({ op: "removed", text: before[i++] });
  while (j < m) out.push({ op: "added", text: after[j++] });
  return out;
}

// packages/report/src/html-text-diff.ts
var MAX_DIFF_LINES = 400;
function textDiffHtml(detail) {
  const before = detail.before.text.split(/\r?\n/);
  const after = detail.after.text.split(/\r?\n/);
  const cut = before.length > MAX_DIFF_LINES || after.length > MAX_DIFF_LINES;
  const diff = lineDiff(before.slice(0, MAX_DIFF_LINES), after.slice(0, MAX_DIFF_LINES));
  const removed = diff.filter((line) => line.op === "removed").length;
  const added = diff.filter((line) => line.op === "added").length;
  const sign = { same: " ", removed: "-", added: "+" };
  const lines = diff.map(
    (line) => `<span class="${line.op}">${sign[line.op]} ${escapeHtml(line.text)}</span>`
  );
  const summary = removed + added === 0 ? "no line changed" : `${plural(removed, "line")} removed, ${plural(added, "line")} added`;
  return `<p class="note">${escapeHtml(detail.before.label)} → ${escapeHtml(detail.after.label)}: ${summary}` + (cut ? `; only the first ${MAX_DIFF_LINES} lines of each side compared` : "") + `</p><pre class="diff">${lines.join("")}</pre>`;
}

// packages/report/src/status-labels.ts
var STATUS_LABELS = {
  pass: { icon: "✅", word: "pass" },
  warn: { icon: "⚠️", word: "warning" },
  fail: { icon: "❌", word: "fail" },
  error: { icon: "🛑", word: "error" }
};
function statusLabel(status) {
  return STATUS_LABELS[status];
}
var CHECK_LABELS = {
  pass: { icon: "✅", word: "pass" },
  fail: { icon: "❌", word: "fail" },
  // Too little data to decide is its own outcome and must never read as a pass.
  inconclusive: { icon: "❔", word: "insufficient data" },
  error: { icon: "🛑", word: "error" },
  skipped: { icon: "⏭️", word: "skipped" }
};
function checkLabel(check) {
  const label = CHECK_LABELS[check.status];
  if (check.status === "fail" && check.severity === "warn") return { icon: "⚠️", word: "warning" };
  return label;
}
function severityWord(severity) {
  return severity === "fail" ? "required" : "warning";
}
var CHECK_ORDER = { error: 0, fail: 1, inconclusive: 2, skipped: 3, pass: 4 };
function orderChecks(checks) {
  return checks.map((check, index) => ({ check, index })).sort(
    (a, b) => CHECK_ORDER[a.check.status] - CHECK_ORDER[b.check.status] || (a.check.severity === b.check.severity ? 0 : a.check.severity === "fail" ? -1 : 1) || a.index - b.index
  ).map((entry) => entry.check);
}
function needsAttention(check) {
  return check.status === "fail" || check.status === "error" || check.status === "inconclusive";
}

// packages/report/src/delta-order.ts
function gateOf(checks, metric) {
  return orderChecks(checks.filter((check) => check.metric === metric))[0] ?? null;
}
function isNoise(delta) {
  return delta.ci !== void 0 && delta.ci.lower <= 0 && delta.ci.upper >= 0;
}
function standardizedChange(delta) {
  if (!delta.ci) return void 0;
  const halfWidth = (delta.ci.upper - delta.ci.lower) / 2;
  if (!(halfWidth > 0)) return Number.POSITIVE_INFINITY;
  return Math.abs(delta.value) / halfWidth;
}
function gateRank(point) {
  if (!point.gate) return 2;
  const effect = checkEffect(point.gate);
  return effect === "fail" || effect === "error" ? 0 : effect === "warn" ? 1 : 2;
}
function orderDeltas(points) {
  const key = (point) => {
    const z = standardizedChange(point.delta);
    return {
      gate: gateRank(point),
      hasInterval: z === void 0 ? 1 : 0,
      size: z ?? Math.abs(point.delta.relative ?? 0)
    };
  };
  return points.map((point, index) => ({ point, index, key: key(point) })).sort(
    (a, b) => a.key.gate - b.key.gate || a.key.hasInterval - b.key.hasInterval || b.key.size - a.key.size || a.index - b.index
  ).map((entry) => entry.point);
}
var DECISIVE_DELTAS = 5;
function decisiveDeltas(points) {
  const gated = orderDeltas(points.filter((point) => point.gate !== null));
  return { shown: gated.slice(0, DECISIVE_DELTAS), more: Math.max(0, gated.length - DECISIVE_DELTAS) };
}

// packages/report/src/metric-delta.ts
function metricDelta(metric) {
  const baseline = metric.baseline?.value ?? null;
  const value = metric.delta?.value ?? (metric.value !== null && baseline !== null ? metric.value - baseline : void 0);
  if (value === void 0 || !Number.isFinite(value)) return void 0;
  const ci = metric.delta?.ci;
  return {
    value,
    ci,
    direction: deltaDirection(value, ci, metric.greaterIsBetter),
    relative: baseline !== null && baseline !== 0 ? value / Math.abs(baseline) : void 0
  };
}
function deltaDirection(value, ci, greaterIsBetter) {
  if (greaterIsBetter === void 0 || value === 0) return "neutral";
  if (ci && ci.lower <= 0 && ci.upper >= 0) return "unclear";
  return value > 0 === greaterIsBetter ? "better" : "worse";
}
var DIRECTION_LABELS = {
  better: "🟢 better",
  worse: "🔴 worse",
  unclear: "⚪ noise",
  neutral: ""
};
function deltaLabel(delta) {
  return DIRECTION_LABELS[delta.direction];
}
var NOISE_NOTE = "noise: the interval includes 0, so the data cannot tell the change from none";

// packages/report/src/safe-url.ts
function safeUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  return parsed.href.replace(
    /[()|$'"<> `]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
}

// packages/report/src/table-columns.ts
function isEmptyCell(text) {
  const trimmed = text.trim();
  return trimmed === "" || trimmed === "—";
}
function filledColumns(rows, keys) {
  return Object.fromEntries(keys.map((key) => [key, rows.some((row) => !isEmptyCell(row[key]))]));
}
function dropEmptyColumns(table) {
  if (table.rows.length === 0) return table;
  const kept = table.columns.flatMap(
    (_, i) => table.rows.some((row) => !isEmptyCell(row[i] ?? "")) ? [i] : []
  );
  if (kept.length === table.columns.length) return table;
  return {
    ...table,
    columns: kept.map((i) => table.columns[i]),
    rows: table.rows.map((row) => kept.map((i) => row[i] ?? ""))
  };
}

// packages/report/src/report-model.ts
function buildReportModel(envelopes, options, limits) {
  const ordered = orderEnvelopes(envelopes);
  const status = overallStatus(envelopes);
  const empty = envelopes.length === 0;
  const sections = ordered.map((envelope, i) => section(envelope, anchorOf(i), limits));
  const attention = orderAttention(ordered.flatMap((envelope, i) => attentionRows(envelope, anchorOf(i))));
  const shownAttention = attention.slice(0, FIRST_SCREEN_ITEMS).map((entry) => entry.row);
  return {
    title: options.title ?? "mlops report",
    status,
    empty,
    // No results is not a pass: the icon says "unknown" and the caller decides the status.
    verdict: { icon: empty ? "❔" : statusLabel(status).icon, text: verdictText(envelopes) },
    attention: shownAttention,
    attentionColumns: filledColumns(shownAttention, ["observed", "expected"]),
    attentionMore: Math.max(0, attention.length - FIRST_SCREEN_ITEMS),
    decisive: decisiveDeltas(sections.flatMap((s) => s.deltas)),
    rows: ordered.map((envelope, i) => verdictRow(envelope, anchorOf(i))),
    sections,
    footer: {
      generatedAt: options.generatedAt ?? null,
      commit: options.commitSha ? shortSha(options.commitSha) : null,
      run: options.runUrl ? { text: "workflow run", raw: options.runUrl, url: safeUrl(options.runUrl) } : null,
      report: options.reportUrl ? { text: "full report", raw: options.reportUrl, url: safeUrl(options.reportUrl) } : null
    }
  };
}
var FIRST_SCREEN_ITEMS = 8;
var FIRST_SCREEN_CELL = 80;
function clip(text) {
  const chars = [...text];
  return chars.length > FIRST_SCREEN_CELL ? `${chars.slice(0, FIRST_SCREEN_CELL - 1).join("")}…` : text;
}
function attentionRows(envelope, anchor) {
  const evaluation = clip(titleOf(envelope));
  const rows = [];
  if (envelope.status === "error") {
    const label = statusLabel("error");
    rows.push({
      blocking: true,
      row: {
        anchor,
        icon: label.icon,
        word: label.word,
        evaluation,
        check: "the evaluation did not complete",
        observed: clip(envelope.error?.message ?? ""),
        expected: ""
      }
    });
  }
  for (const check of orderChecks(envelope.checks).filter(needsAttention)) {
    const label = checkLabel(check);
    const effect = checkEffect(check);
    rows.push({
      blocking: effect === "fail" || effect === "error",
      row: {
        anchor,
        icon: label.icon,
        word: label.word,
        evaluation,
        check: clip(check.title || check.id),
        observed: clip(check.observed === void 0 ? "" : formatScalar(check.observed)),
        expected: clip(check.expected === void 0 ? "" : formatScalar(check.expected))
      }
    });
  }
  return rows;
}
function orderAttention(rows) {
  return [...rows.filter((r) => r.blocking), ...rows.filter((r) => !r.blocking)];
}
function anchorOf(index) {
  return `evaluation-${index + 1}`;
}
function titleOf(envelope) {
  return envelope.title ?? `${envelope.kind}: ${envelope.subject.name}`;
}
function subjectLabel(subject) {
  return subject.version ? `${subject.name}@${subject.version}` : subject.name;
}
function verdictRow(envelope, anchor) {
  const counts = countChecks(envelope);
  const label = statusLabel(envelope.status);
  return {
    anchor,
    icon: label.icon,
    word: label.word,
    title: titleOf(envelope),
    subject: subjectLabel(envelope.subject),
    digest: envelope.subject.digest ? shortDigest(envelope.subject.digest) : null,
    failed: counts.failed,
    warnings: counts.warnings,
    inconclusive: counts.inconclusive,
    summary: envelope.summary ?? envelope.error?.message ?? ""
  };
}
function section(envelope, anchor, limits) {
  const label = statusLabel(envelope.status);
  const metrics = metricSection(envelope, limits);
  const checks = orderChecks(envelope.checks);
  const attention = checks.filter(needsAttention);
  const passing = checks.filter((c) => !needsAttention(c));
  const lineage = lineageRows(envelope);
  const attentionRows2 = attention.slice(0, limits.rows).map(checkRow);
  const passingRows = passing.slice(0, limits.rows).map(checkRow);
  return {
    anchor,
    status: envelope.status,
    icon: label.icon,
    word: label.word,
    title: titleOf(envelope),
    headline: envelope.summary ?? envelope.error?.message ?? checkSummary(envelope),
    meta: metaOf(envelope),
    summary: envelope.summary ?? null,
    error: envelope.error ? { message: envelope.error.message, hint: envelope.error.hint ?? null } : null,
    ...metrics,
    checkSummary: checkSummary(envelope),
    attention: attentionRows2,
    attentionColumns: filledColumns(attentionRows2, CHECK_COLUMNS),
    attentionMore: Math.max(0, attention.length - limits.rows),
    passing: passingRows,
    passingColumns: filledColumns(passingRows, CHECK_COLUMNS),
    passingCount: passing.length,
    passingSummary: passingSummary(passing),
    passingMore: Math.max(0, passing.length - limits.rows),
    examples: checks.flatMap((check) => exampleBlock(check, limits)),
    details: (envelope.details ?? []).map((detail) => detailModel(detail, limits)),
    lineage: lineage.slice(0, limits.rows),
    lineageMore: Math.max(0, lineage.length - limits.rows),
    artifacts: envelope.artifacts.slice(0, limits.rows).map((a) => ({
      name: a.name,
      path: a.path,
      digest: shortDigest(a.sha256),
      size: a.bytes === void 0 ? "—" : formatBytes(a.bytes)
    })),
    artifactsMore: Math.max(0, envelope.artifacts.length - limits.rows),
    hasProvenance: lineage.length > 0 || envelope.artifacts.length > 0
  };
}
var CHECK_COLUMNS = ["observed", "expected", "message"];
function metaOf(envelope) {
  const { subject } = envelope;
  const meta = [envelope.kind, `${subject.type} ${subjectLabel(subject)}`];
  if (subject.digest) meta.push(shortDigest(subject.digest));
  if (subject.baseline) {
    const { name, version, digest } = subject.baseline;
    const base = subjectLabel({ name: name ?? subject.name, version });
    meta.push(`vs ${base}${digest ? ` (${shortDigest(digest)})` : ""}`);
  }
  meta.push(`took ${formatDuration(envelope.durationMs)}`, `started ${envelope.startedAt}`);
  return meta;
}
function metricSection(envelope, limits) {
  const entries = Object.entries(envelope.metrics);
  const rows = [];
  const deltas = [];
  const intervals = /* @__PURE__ */ new Map();
  for (const [name, metric] of entries) {
    const delta = metricDelta(metric);
    if (delta) {
      deltas.push({
        name,
        unit: metric.unit,
        delta,
        evaluation: titleOf(envelope),
        gate: gateOf(envelope.checks, name)
      });
    }
    for (const ci of [metric.ci, metric.baseline?.ci, metric.delta?.ci]) {
      if (!ci) continue;
      const methods = intervals.get(ci.level) ?? /* @__PURE__ */ new Set();
      if (ci.method) methods.add(ci.method);
      intervals.set(ci.level, methods);
    }
    rows.push({
      name,
      value: formatValue(metric.value, metric.unit, metric.ci),
      baseline: metric.baseline ? formatValue(metric.baseline.value, metric.unit, metric.baseline.ci) : "—",
      baselineLabel: metric.baseline?.label ?? null,
      delta: delta ? formatDelta(delta.value, metric.unit, delta.ci) : "—",
      deltaLabel: delta ? deltaLabel(delta) : "",
      direction: delta?.direction ?? "none",
      n: metric.n === void 0 ? "—" : formatNumber(metric.n)
    });
  }
  const notes = [];
  for (const [name, metric] of entries) {
    if (metric.value === null && metric.unavailable)
      notes.push(`${name}: not computed — ${metric.unavailable}`);
  }
  if (intervals.size > 0) {
    const levels = [...intervals].map(
      ([level, methods]) => `${formatNumber(level * 100)}%${methods.size > 0 ? ` (${[...methods].join("; ")})` : ""}`
    );
    notes.push(`Intervals: ${levels.join(", ")} confidence`);
  }
  if (deltas.some((point) => isNoise(point.delta))) notes.push(NOISE_NOTE);
  const shown = rows.slice(0, limits.rows);
  return {
    metrics: shown,
    metricColumns: filledColumns(shown, ["baseline", "delta", "n"]),
    metricsMore: Math.max(0, rows.length - limits.rows),
    metricNotes: notes,
    deltas: orderDeltas(deltas)
  };
}
function checkSummary(envelope) {
  const counts = countChecks(envelope);
  if (counts.total === 0) return "no checks";
  const parts = [];
  if (counts.failed > 0) parts.push(`${counts.failed} failed`);
  if (counts.warnings > 0) parts.push(plural(counts.warnings, "warning"));
  if (counts.inconclusive > 0) parts.push(`${counts.inconclusive} with insufficient data`);
  if (counts.passed > 0) parts.push(`${counts.passed} passed`);
  if (counts.skipped > 0) parts.push(`${counts.skipped} skipped`);
  return parts.join(", ");
}
function passingSummary(checks) {
  const passed = checks.filter((c) => c.status === "pass").length;
  const skipped = checks.length - passed;
  return [passed > 0 ? `${passed} passed` : "", skipped > 0 ? `${skipped} skipped` : ""].filter(Boolean).join(", ");
}
function checkRow(check) {
  const label = checkLabel(check);
  const { location } = check;
  return {
    icon: label.icon,
    word: label.word,
    status: check.status,
    title: check.title || check.id,
    location: location ? `${location.file}${location.line ? `:${location.line}${location.column ? `:${location.column}` : ""}` : ""}` : null,
    severity: severityWord(check.severity),
    observed: check.observed === void 0 ? "" : formatScalar(check.observed),
    expected: check.expected === void 0 ? "" : formatScalar(check.expected),
    message: check.message ?? ""
  };
}
function exampleBlock(check, limits) {
  const examples = check.examples ?? [];
  if (examples.length === 0) return [];
  const shown = examples.slice(0, limits.examples);
  const columns = [...new Set(shown.flatMap((example) => Object.keys(example)))];
  if (columns.length === 0) return [];
  const label = checkLabel(check);
  const cell = (value) => value === null ? "(missing)" : formatScalar(value);
  return [
    {
      icon: label.icon,
      word: label.word,
      check: check.title || check.id,
      columns,
      rows: shown.map((example) => columns.map((column2) => cell(example[column2]))),
      shown: shown.length,
      total: examples.length,
      more: examples.length - shown.length
    }
  ];
}
function detailModel(detail, limits) {
  switch (detail.type) {
    case "table":
      if (detail.columns.length === 0)
        return { title: detail.title, source: detail, table: null, text: null };
      return {
        title: detail.title,
        source: detail,
        table: dropEmptyColumns({
          columns: detail.columns,
          rows: detail.rows.slice(0, limits.rows).map((row) => detail.columns.map((_, i) => formatScalar(row[i]))),
          more: Math.max(0, detail.rows.length - limits.rows)
        }),
        text: null
      };
    case "text":
      return { title: detail.title, source: detail, table: null, text: detail.text };
    default:
      return { title: detail.title, source: detail, table: null, text: null };
  }
}
function lineageRows(envelope) {
  const { lineage } = envelope;
  const rows = [];
  const add = (label, value, url = null) => rows.push({ label, value, url });
  if (lineage.gitSha)
    add("commit", shortSha(lineage.gitSha) + (lineage.gitDirty ? " (uncommitted changes)" : ""));
  if (lineage.runUrl) add("workflow run", lineage.runUrl, safeUrl(lineage.runUrl));
  if (lineage.configDigest) add("config", shortDigest(lineage.configDigest));
  for (const dataset of lineage.datasets ?? []) add(`dataset ${dataset.name}`, shortDigest(dataset.digest));
  for (const [name, value] of Object.entries(lineage.parameters ?? {}))
    add(`parameter ${name}`, formatScalar(value));
  for (const [name, version] of Object.entries(lineage.tools ?? {})) add(`tool ${name}`, version);
  return rows;
}

// packages/report/src/chart-limits.ts
var MAX_BARS = 40;
var MAX_SERIES = 12;
var MAX_POINTS = 500;
function extent(values) {
  if (values.length === 0) return void 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}
function reduceBarChart(detail, maxBars = MAX_BARS) {
  const bars = detail.labels.map((label, i) => ({ label, value: detail.values[i], i })).filter(
    (b) => b.value !== void 0 && Number.isFinite(b.value)
  );
  if (bars.length <= maxBars)
    return {
      detail: { ...detail, labels: bars.map((b) => b.label), values: bars.map((b) => b.value) },
      notes: []
    };
  const byMagnitude = [...bars].sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || a.i - b.i);
  const kept = byMagnitude.slice(0, maxBars - 1).sort((a, b) => a.i - b.i);
  const rest = byMagnitude.slice(maxBars - 1);
  const others = rest[0];
  return {
    detail: {
      ...detail,
      labels: [...kept.map((b) => b.label), `${plural(rest.length, "other")} (largest)`],
      values: [...kept.map((b) => b.value), others.value]
    },
    notes: [
      `${plural(bars.length, "bar")}: the ${maxBars - 1} largest drawn, the other ${rest.length} shown by their largest in the last`
    ]
  };
}
function reduceLineChart(detail, maxPoints) {
  const notes = [];
  let series = detail.series;
  if (series.length > MAX_SERIES) {
    notes.push(`${plural(series.length - MAX_SERIES, "more series", "more series")} not drawn`);
    series = series.slice(0, MAX_SERIES);
  }
  const count = detail.labels.length;
  if (count <= maxPoints) return { detail: { ...detail, series }, notes };
  const size = Math.ceil(count / maxPoints);
  const labels = [];
  for (let start = 0; start < count; start += size) labels.push(detail.labels[start]);
  const averaged = series.map((s) => {
    const values = [];
    for (let start = 0; start < count; start += size) {
      let sum = 0;
      let n = 0;
      for (let i = start; i < Math.min(count, start + size); i++) {
        const v = s.values[i];
        if (typeof v === "number" && Number.isFinite(v)) {
          sum += v;
          n++;
        }
      }
      values.push(n === 0 ? null : sum / n);
    }
    return { name: s.name, values };
  });
  notes.push(`${plural(count, "point")} averaged in groups of ${size}`);
  return { detail: { ...detail, labels, series: averaged }, notes };
}

// packages/report/src/svg-frame.ts
function svgFrame(options) {
  const { width, height } = options;
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(options.label)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>${escapeHtml(options.title)}</title>${options.body}</svg>`;
}
function svgText(text, maxChars, attributes) {
  const chars = [...text.replace(/\s+/g, " ")];
  const shown = chars.length > maxChars ? `${chars.slice(0, maxChars - 1).join("")}…` : chars.join("");
  const tooltip = shown === text ? "" : `<title>${escapeHtml(text)}</title>`;
  return `<text ${attributes}>${tooltip}${escapeHtml(shown)}</text>`;
}

// packages/report/src/svg-scale.ts
function niceAxis(low, high, count = 5) {
  let min = Math.min(low, high);
  let max = Math.max(low, high);
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  const rough = (max - min) / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const first = Math.floor(min / step) * step;
  const last = Math.ceil(max / step) * step;
  const ticks = [];
  for (let v = first; v <= last + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { min: first, max: last, ticks };
}
function linearScale(domain, range) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value) => r0 + (value - d0) / span * (r1 - r0);
}
function coord(value) {
  return String(Math.round(value * 100) / 100);
}

// packages/report/src/svg-bar-chart.ts
var WIDTH = 640;
var LABEL_WIDTH = 150;
var VALUE_WIDTH = 64;
var ROW = 24;
var BAR = 16;
var TOP = 22;
var BOTTOM = 28;
function barChartSvg(full) {
  const { detail, notes } = reduceBarChart(full);
  const bars = detail.labels.map((label2, i) => ({ label: label2, value: detail.values[i] }));
  const { threshold } = detail;
  const values = bars.map((b) => b.value);
  const range = extent(threshold === void 0 ? [0, ...values] : [0, threshold, ...values]);
  const axis = niceAxis(range.min, range.max);
  const plotLeft = LABEL_WIDTH;
  const plotRight = WIDTH - VALUE_WIDTH;
  const x = linearScale([axis.min, axis.max], [plotLeft, plotRight]);
  const height = TOP + Math.max(1, bars.length) * ROW + BOTTOM;
  const plotBottom = height - BOTTOM;
  const parts = [];
  for (const tick of axis.ticks) {
    const tx = coord(x(tick));
    parts.push(
      `<line class="grid" x1="${tx}" x2="${tx}" y1="${TOP}" y2="${plotBottom}"/>`,
      `<text class="tick" x="${tx}" y="${plotBottom + 16}" text-anchor="middle">${escapeHtml(formatNumber(tick))}</text>`
    );
  }
  bars.forEach((bar, i) => {
    const y = TOP + i * ROW + (ROW - BAR) / 2;
    const x0 = x(Math.min(0, bar.value));
    const x1 = x(Math.max(0, bar.value));
    const over2 = threshold !== void 0 && bar.value > threshold;
    parts.push(
      svgText(bar.label, 22, `class="label" x="${plotLeft - 6}" y="${coord(y + BAR - 3)}" text-anchor="end"`),
      `<rect class="mark bar${over2 ? " over" : ""}" x="${coord(x0)}" y="${coord(y)}" width="${coord(Math.max(1, x1 - x0))}" height="${BAR}"><title>${escapeHtml(`${bar.label}: ${formatNumber(bar.value)}`)}</title></rect>`,
      `<text class="value" x="${coord(x1 + 4)}" y="${coord(y + BAR - 3)}">${escapeHtml(formatNumber(bar.value))}</text>`
    );
  });
  parts.push(`<line class="axis" x1="${coord(x(0))}" x2="${coord(x(0))}" y1="${TOP}" y2="${plotBottom}"/>`);
  if (threshold !== void 0) {
    const tx = coord(x(threshold));
    parts.push(
      `<line class="threshold" x1="${tx}" x2="${tx}" y1="${TOP - 6}" y2="${plotBottom}"/>`,
      `<text class="threshold-label" x="${tx}" y="${TOP - 9}" text-anchor="middle">threshold ${escapeHtml(formatNumber(threshold))}</text>`
    );
  }
  if (bars.length === 0)
    parts.push(`<text class="tick" x="${WIDTH / 2}" y="${TOP + 16}" text-anchor="middle">no data</text>`);
  const over = threshold === void 0 ? 0 : full.values.filter((v) => v > threshold).length;
  const label = `Bar chart: ${detail.title}. ${notes[0] ?? plural(bars.length, "bar")}` + (threshold === void 0 ? "" : `, ${over} above the threshold ${formatNumber(threshold)}`) + (detail.unit ? `, in ${detail.unit}` : "");
  return svgFrame({ title: detail.title, label, width: WIDTH, height, body: parts.join("") });
}

// packages/report/src/svg-confusion-matrix.ts
var MAX_CLASSES = 12;
var MAX_MATRICES = 4;
var GRID = 220;
var LEFT = 84;
var TOP2 = 52;
var GAP = 40;
var BOTTOM2 = 16;
function confusionMatrixSvg(detail) {
  const classes = detail.labels.slice(0, MAX_CLASSES);
  const k = Math.max(1, classes.length);
  const cell = GRID / k;
  const matrices = detail.matrices.slice(0, MAX_MATRICES);
  const block = LEFT + GRID + GAP;
  const width = Math.max(1, matrices.length) * block;
  const height = TOP2 + GRID + BOTTOM2;
  const parts = [];
  matrices.forEach((matrix, m) => {
    const left = m * block + LEFT;
    parts.push(svgText(matrix.name, 36, `class="legend" x="${left + GRID / 2}" y="14" text-anchor="middle"`));
    parts.push(
      `<text class="tick" x="${left + GRID / 2}" y="${TOP2 - 22}" text-anchor="middle">predicted</text>`
    );
    parts.push(`<text class="tick" x="${left - 8}" y="${TOP2 - 8}" text-anchor="end">actual</text>`);
    classes.forEach((name, j) => {
      parts.push(
        svgText(
          name,
          10,
          `class="tick" x="${coord(left + (j + 0.5) * cell)}" y="${TOP2 - 6}" text-anchor="middle"`
        ),
        svgText(
          name,
          10,
          `class="tick" x="${left - 8}" y="${coord(TOP2 + (j + 0.5) * cell + 4)}" text-anchor="end"`
        )
      );
    });
    classes.forEach((actual, r) => {
      const row = classes.map((_, c) => countAt(matrix.counts, r, c));
      const total = row.reduce((a, b) => a + b, 0);
      row.forEach((count, c) => {
        const share = total > 0 ? count / total : 0;
        const x = left + c * cell;
        const y = TOP2 + r * cell;
        const kind = r === c ? "hit" : "miss";
        parts.push(
          `<rect class="mark cell ${kind}" x="${coord(x)}" y="${coord(y)}" width="${coord(cell)}" height="${coord(cell)}" fill-opacity="${coord(0.08 + 0.82 * share)}"><title>${escapeHtml(`${matrix.name}: actual ${actual}, predicted ${classes[c]}: ${formatNumber(count)} (${percent(share)} of ${actual})`)}</title></rect>`
        );
        if (cell >= 28) {
          parts.push(
            `<text class="value${share > 0.55 ? " on-dark" : ""}" x="${coord(x + cell / 2)}" y="${coord(y + cell / 2)}" text-anchor="middle">${escapeHtml(formatNumber(count))}</text>`,
            `<text class="tick${share > 0.55 ? " on-dark" : ""}" x="${coord(x + cell / 2)}" y="${coord(y + cell / 2 + 14)}" text-anchor="middle">${escapeHtml(percent(share))}</text>`
          );
        }
      });
    });
  });
  const label = `Confusion matrices: ${detail.title}, ${matrices.map((m) => m.name).join(" and ") || "none"}, ${classes.length} classes` + (detail.labels.length > classes.length ? `; ${detail.labels.length - classes.length} more classes not drawn` : "");
  return svgFrame({ title: detail.title, label, width, height, body: parts.join("") });
}
function percent(share) {
  return `${(share * 100).toFixed(1)}%`;
}
function countAt(counts, row, column2) {
  const value = counts[row]?.[column2];
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : 0;
}

// packages/report/src/svg-distribution.ts
var MAX_DISTRIBUTION_BINS = 30;
var WIDTH2 = 480;
var HEIGHT = 220;
var LEFT2 = 46;
var RIGHT = 10;
var TOP3 = 28;
var BOTTOM3 = 34;
function distributionSvg(detail) {
  const count = Math.min(detail.bins.length, MAX_DISTRIBUTION_BINS);
  const share = (values, i) => {
    const v = values[i];
    return typeof v === "number" && Number.isFinite(v) ? Math.max(0, v) : 0;
  };
  const bins = Array.from({ length: count }, (_, i) => ({
    label: detail.bins[i],
    reference: share(detail.reference, i),
    current: share(detail.current, i)
  }));
  const top = extent(bins.flatMap((b) => [b.reference, b.current]))?.max ?? 0;
  const axis = niceAxis(0, top > 0 ? top : 1, 4);
  const plotBottom = HEIGHT - BOTTOM3;
  const y = linearScale([0, axis.max], [plotBottom, TOP3]);
  const slot = (WIDTH2 - LEFT2 - RIGHT) / Math.max(1, count);
  const parts = [];
  for (const tick of axis.ticks) {
    const ty = coord(y(tick));
    parts.push(
      `<line class="grid" x1="${LEFT2}" x2="${WIDTH2 - RIGHT}" y1="${ty}" y2="${ty}"/>`,
      `<text class="tick" x="${LEFT2 - 6}" y="${coord(y(tick) + 4)}" text-anchor="end">${escapeHtml(formatPercent(tick))}</text>`
    );
  }
  bins.forEach((bin, i) => {
    const x0 = LEFT2 + i * slot;
    const bars = detail.numeric ? [
      { side: "reference", value: bin.reference, x: x0 + 1, width: slot - 2 },
      { side: "current", value: bin.current, x: x0 + 1, width: slot - 2 }
    ] : [
      { side: "reference", value: bin.reference, x: x0 + slot * 0.1, width: slot * 0.4 },
      { side: "current", value: bin.current, x: x0 + slot * 0.5, width: slot * 0.4 }
    ];
    for (const bar of bars) {
      const height = Math.max(bar.value > 0 ? 1 : 0, plotBottom - y(bar.value));
      parts.push(
        `<rect class="mark bar ${bar.side}" x="${coord(bar.x)}" y="${coord(plotBottom - height)}" width="${coord(Math.max(1, bar.width))}" height="${coord(height)}"><title>${escapeHtml(`${bin.label}, ${bar.side}: ${formatPercent(bar.value)}`)}</title></rect>`
      );
    }
  });
  parts.push(`<line class="axis" x1="${LEFT2}" x2="${WIDTH2 - RIGHT}" y1="${plotBottom}" y2="${plotBottom}"/>`);
  for (const i of labelledBins(count, detail.numeric)) {
    const anchor = detail.numeric && count > 1 ? i === 0 ? "start" : "end" : "middle";
    const x = detail.numeric ? i === 0 ? LEFT2 : WIDTH2 - RIGHT : LEFT2 + (i + 0.5) * slot;
    const text = detail.numeric ? edgeOf(detail.bins[i], i === 0) : detail.bins[i];
    const room = detail.numeric ? 24 : Math.max(3, Math.floor(slot / 6.5));
    parts.push(
      svgText(text, room, `class="tick" x="${coord(x)}" y="${plotBottom + 16}" text-anchor="${anchor}"`)
    );
  }
  parts.push(
    `<rect class="bar reference" x="${LEFT2}" y="8" width="12" height="10"/>`,
    `<text class="legend" x="${LEFT2 + 16}" y="17">reference</text>`,
    `<rect class="bar current" x="${LEFT2 + 96}" y="8" width="12" height="10"/>`,
    `<text class="legend" x="${LEFT2 + 112}" y="17">current</text>`
  );
  if (detail.drifted)
    parts.push(`<text class="drifted" x="${WIDTH2 - RIGHT}" y="17" text-anchor="end">drifted</text>`);
  if (count === 0)
    parts.push(`<text class="tick" x="${WIDTH2 / 2}" y="${HEIGHT / 2}" text-anchor="middle">no data</text>`);
  const left = detail.bins.length - count;
  const label = `${detail.numeric ? "Histogram" : "Bar pairs"} of ${detail.column}, reference against current, ${plural(count, detail.numeric ? "bin" : "category", detail.numeric ? "bins" : "categories")}` + (left > 0 ? `; ${left} more not drawn` : "") + (detail.drifted ? "; drifted" : "");
  return svgFrame({ title: detail.title, label, width: WIDTH2, height: HEIGHT, body: parts.join("") });
}
function labelledBins(count, numeric) {
  if (count === 0) return [];
  if (numeric) return count === 1 ? [0] : [0, count - 1];
  const every = Math.max(1, Math.ceil(count / 10));
  return Array.from({ length: count }, (_, i) => i).filter((i) => i % every === 0);
}
function edgeOf(label, first) {
  const match = /^[[(]\s*([^,]+),\s*([^\])]+)[\])]$/.exec(label);
  if (!match) return label;
  const edge = Number(first ? match[1] : match[2]);
  return Number.isFinite(edge) ? formatNumber(edge) : label;
}
function formatPercent(share) {
  return `${formatNumber(share * 100)}%`;
}

// packages/report/src/delta-scale.ts
function scaleFamily(unit) {
  if (unit !== void 0 && FRACTION_UNITS.has(unit)) return "fraction";
  return unit ?? "";
}
function familyReach(points) {
  const reach = /* @__PURE__ */ new Map();
  for (const { unit, delta } of points) {
    const family = scaleFamily(unit);
    const far = Math.max(
      Math.abs(delta.value),
      Math.abs(delta.ci?.lower ?? 0),
      Math.abs(delta.ci?.upper ?? 0)
    );
    reach.set(family, Math.max(reach.get(family) ?? 0, Number.isFinite(far) ? far : 0));
  }
  return (point) => reach.get(scaleFamily(point.unit)) || 1;
}

// packages/report/src/svg-forest-plot.ts
var WIDTH3 = 640;
var LABEL_WIDTH2 = 150;
var TEXT_WIDTH = 190;
var ROW2 = 26;
var TOP4 = 24;
var BOTTOM4 = 10;
function forestPlotSvg(all) {
  const points = all.slice(0, MAX_BARS);
  const plotLeft = LABEL_WIDTH2;
  const plotRight = WIDTH3 - TEXT_WIDTH;
  const zero = (plotLeft + plotRight) / 2;
  const height = TOP4 + points.length * ROW2 + BOTTOM4;
  const parts = [`<text class="tick" x="${coord(zero)}" y="14" text-anchor="middle">0</text>`];
  const reachOf = familyReach(points);
  points.forEach((point, i) => {
    const { delta } = point;
    const cy = TOP4 + i * ROW2 + ROW2 / 2;
    const reach = reachOf(point) * 1.15;
    const x = linearScale([-reach, reach], [plotLeft, plotRight]);
    const noise = isNoise(delta);
    const tone = noise ? "unclear noise" : delta.direction;
    const px = (v) => coord(x(v));
    parts.push(
      svgText(point.name, 22, `class="label" x="${plotLeft - 6}" y="${coord(cy + 4)}" text-anchor="end"`)
    );
    if (delta.ci) {
      parts.push(
        `<line class="mark ci ${tone}" x1="${px(delta.ci.lower)}" x2="${px(delta.ci.upper)}" y1="${coord(cy)}" y2="${coord(cy)}"/>`
      );
    }
    const text = formatDelta(delta.value, point.unit, delta.ci) + (noise ? " noise" : "");
    parts.push(
      `<circle class="mark point ${tone}" cx="${px(delta.value)}" cy="${coord(cy)}" r="5"><title>${escapeHtml(`${point.name}: ${text} (${noise ? "interval includes 0" : delta.direction})`)}</title></circle>`,
      svgText(text, 30, `class="value" x="${coord(plotRight + 10)}" y="${coord(cy + 4)}"`)
    );
  });
  parts.push(
    `<line class="zero" x1="${coord(zero)}" x2="${coord(zero)}" y1="${TOP4 - 4}" y2="${height - BOTTOM4}"/>`
  );
  const label = `Forest plot: change against the baseline for ${plural(points.length, "metric")}, with confidence intervals` + (all.length > points.length ? `; ${all.length - points.length} more in the metrics table` : "");
  return svgFrame({
    title: "Change against the baseline",
    label,
    width: WIDTH3,
    height,
    body: parts.join("")
  });
}

// packages/report/src/svg-line-chart.ts
var WIDTH4 = 640;
var HEIGHT2 = 300;
var LEFT3 = 58;
var RIGHT2 = 16;
var BOTTOM5 = 34;
var LEGEND_ROW = 18;
var LEGEND_ITEM = 150;
var SERIES_STYLES = 8;
var MAX_X_LABELS = 8;
var MAX_DOTS = 60;
function lineChartSvg(full) {
  const { detail, notes } = reduceLineChart(full, MAX_POINTS);
  const perRow = Math.floor((WIDTH4 - LEFT3 - RIGHT2) / LEGEND_ITEM);
  const legendRows = Math.max(1, Math.ceil(detail.series.length / perRow));
  const top = 10 + legendRows * LEGEND_ROW;
  const plotBottom = HEIGHT2 - BOTTOM5;
  const values = detail.series.flatMap(
    (s) => s.values.filter((v) => typeof v === "number" && Number.isFinite(v))
  );
  const range = extent(values) ?? { min: 0, max: 1 };
  const axis = niceAxis(range.min, range.max);
  const count = detail.labels.length;
  const x = linearScale([0, Math.max(1, count - 1)], [LEFT3, WIDTH4 - RIGHT2]);
  const y = linearScale([axis.min, axis.max], [plotBottom, top]);
  const parts = [];
  for (const tick of axis.ticks) {
    const ty = coord(y(tick));
    parts.push(
      `<line class="grid" x1="${LEFT3}" x2="${WIDTH4 - RIGHT2}" y1="${ty}" y2="${ty}"/>`,
      `<text class="tick" x="${LEFT3 - 6}" y="${coord(y(tick) + 4)}" text-anchor="end">${escapeHtml(formatNumber(tick))}</text>`
    );
  }
  const every = Math.max(1, Math.ceil(count / MAX_X_LABELS));
  detail.labels.forEach((label2, i) => {
    if (i % every !== 0 && i !== count - 1) return;
    const anchor = count > 1 && i === 0 ? "start" : count > 1 && i === count - 1 ? "end" : "middle";
    parts.push(
      svgText(label2, 14, `class="tick" x="${coord(x(i))}" y="${plotBottom + 16}" text-anchor="${anchor}"`)
    );
  });
  parts.push(`<line class="axis" x1="${LEFT3}" x2="${WIDTH4 - RIGHT2}" y1="${plotBottom}" y2="${plotBottom}"/>`);
  detail.series.forEach((series, s) => {
    const style = `s${s % SERIES_STYLES}`;
    const segments = [];
    let current = [];
    series.values.slice(0, count).forEach((value, i) => {
      if (typeof value !== "number" || !Number.isFinite(value)) {
        if (current.length > 0) segments.push(current);
        current = [];
        return;
      }
      current.push(`${coord(x(i))},${coord(y(value))}`);
      if (count <= MAX_DOTS) {
        parts.push(
          `<circle class="mark dot ${style}" cx="${coord(x(i))}" cy="${coord(y(value))}" r="3"><title>${escapeHtml(`${series.name} at ${detail.labels[i] ?? i}: ${formatNumber(value)}`)}</title></circle>`
        );
      }
    });
    if (current.length > 0) segments.push(current);
    const d = segments.map((points) => `M${points.join("L")}`).join("");
    if (d) parts.push(`<path class="mark line ${style}" d="${d}"/>`);
    const lx = LEFT3 + s % perRow * LEGEND_ITEM;
    const ly = 10 + Math.floor(s / perRow) * LEGEND_ROW;
    parts.push(
      `<line class="line ${style}" x1="${lx}" x2="${lx + 18}" y1="${ly + 6}" y2="${ly + 6}"/>`,
      svgText(series.name, 20, `class="legend" x="${lx + 24}" y="${ly + 10}"`)
    );
  });
  if (values.length === 0) {
    parts.push(
      `<text class="tick" x="${WIDTH4 / 2}" y="${(top + plotBottom) / 2}" text-anchor="middle">no data</text>`
    );
  }
  const label = `Line chart: ${detail.title}. ${plural(detail.series.length, "series", "series")} over ${plural(count, "point")}` + (detail.unit ? `, in ${detail.unit}` : "") + notes.map((note) => `; ${note}`).join("");
  return svgFrame({ title: detail.title, label, width: WIDTH4, height: HEIGHT2, body: parts.join("") });
}

// packages/report/src/svg-xy-chart.ts
var MAX_XY_POINTS = 500;
var MAX_DOTS2 = 30;
var SIZE = 320;
var LEFT4 = 52;
var RIGHT3 = 12;
var TOP5 = 12;
var BOTTOM6 = 44;
var LEGEND_ROW2 = 18;
function xyChartSvg(detail) {
  const series = detail.series.slice(0, MAX_SERIES).map((s) => ({ name: s.name, ...pointsOf(s.x, s.y) }));
  const all = series.flatMap((s) => s.points);
  const xs = extent([...all.map((p) => p.x), ...detail.diagonal ? [0, 1] : []]) ?? { min: 0, max: 1 };
  const ys = extent([...all.map((p) => p.y), ...detail.diagonal ? [0, 1] : []]) ?? { min: 0, max: 1 };
  const xAxis = niceAxis(xs.min, xs.max, 5);
  const yAxis = niceAxis(ys.min, ys.max, 5);
  const width = LEFT4 + SIZE + RIGHT3;
  const plotBottom = TOP5 + SIZE;
  const height = plotBottom + BOTTOM6 + series.length * LEGEND_ROW2;
  const x = linearScale([xAxis.min, xAxis.max], [LEFT4, LEFT4 + SIZE]);
  const y = linearScale([yAxis.min, yAxis.max], [plotBottom, TOP5]);
  const parts = [];
  for (const tick of yAxis.ticks) {
    const ty = coord(y(tick));
    parts.push(
      `<line class="grid" x1="${LEFT4}" x2="${LEFT4 + SIZE}" y1="${ty}" y2="${ty}"/>`,
      `<text class="tick" x="${LEFT4 - 6}" y="${coord(y(tick) + 4)}" text-anchor="end">${escapeHtml(formatNumber(tick))}</text>`
    );
  }
  for (const tick of xAxis.ticks) {
    const tx = coord(x(tick));
    parts.push(
      `<line class="grid" x1="${tx}" x2="${tx}" y1="${TOP5}" y2="${plotBottom}"/>`,
      `<text class="tick" x="${tx}" y="${plotBottom + 15}" text-anchor="middle">${escapeHtml(formatNumber(tick))}</text>`
    );
  }
  parts.push(
    `<line class="axis" x1="${LEFT4}" x2="${LEFT4 + SIZE}" y1="${plotBottom}" y2="${plotBottom}"/>`,
    `<line class="axis" x1="${LEFT4}" x2="${LEFT4}" y1="${TOP5}" y2="${plotBottom}"/>`,
    svgText(
      detail.xLabel,
      50,
      `class="label" x="${LEFT4 + SIZE / 2}" y="${plotBottom + 32}" text-anchor="middle"`
    ),
    svgText(
      detail.yLabel,
      50,
      `class="label" transform="rotate(-90)" x="${-(TOP5 + SIZE / 2)}" y="14" text-anchor="middle"`
    )
  );
  if (detail.diagonal) {
    parts.push(
      `<line class="zero" x1="${coord(x(0))}" y1="${coord(y(0))}" x2="${coord(x(1))}" y2="${coord(y(1))}"/>`
    );
  }
  series.forEach((s, i) => {
    const style = `s${i % 8}`;
    const d = s.points.map((p, j) => `${j === 0 ? "M" : "L"}${coord(x(p.x))},${coord(y(p.y))}`).join("");
    if (d) parts.push(`<path class="mark line ${style}" d="${d}"/>`);
    if (s.points.length <= MAX_DOTS2) {
      for (const p of s.points) {
        parts.push(
          `<circle class="mark dot ${style}" cx="${coord(x(p.x))}" cy="${coord(y(p.y))}" r="3"><title>${escapeHtml(`${s.name}: ${detail.xLabel} ${formatNumber(p.x)}, ${detail.yLabel} ${formatNumber(p.y)}`)}</title></circle>`
        );
      }
    }
    const ly = plotBottom + BOTTOM6 + i * LEGEND_ROW2;
    parts.push(
      `<line class="line ${style}" x1="${LEFT4}" x2="${LEFT4 + 18}" y1="${ly - 4}" y2="${ly - 4}"/>`,
      svgText(s.name, 44, `class="legend" x="${LEFT4 + 24}" y="${ly}"`)
    );
  });
  if (all.length === 0) {
    parts.push(
      `<text class="tick" x="${LEFT4 + SIZE / 2}" y="${TOP5 + SIZE / 2}" text-anchor="middle">no data</text>`
    );
  }
  const omitted = detail.series.length - series.length;
  const label = `Chart: ${detail.title}, ${detail.yLabel} against ${detail.xLabel}, ${plural(series.length, "series", "series")}` + (omitted > 0 ? `; ${omitted} more not drawn` : "") + (series.some((s) => s.thinned) ? `; long series thinned to about ${MAX_XY_POINTS} points` : "");
  return svgFrame({ title: detail.title, label, width, height, body: parts.join("") });
}
function pointsOf(xs, ys) {
  const points = [];
  const n = Math.min(xs.length, ys.length);
  for (let i = 0; i < n; i++) {
    const px = xs[i];
    const py = ys[i];
    if (Number.isFinite(px) && Number.isFinite(py)) points.push({ x: px, y: py });
  }
  if (points.length <= MAX_XY_POINTS) return { points, thinned: false };
  const step = Math.ceil(points.length / MAX_XY_POINTS);
  return { points: points.filter((_, i) => i % step === 0 || i === points.length - 1), thinned: true };
}

// packages/report/src/template-engine.ts
var import_runtime = __toESM(require_runtime(), 1);

// packages/report/src/escape-markdown.ts
var ZERO_WIDTH_SPACE = "&#8203;";
var REPLACEMENTS = {
  "&": "&amp;",
  // so `&lt;` in data shows as `&lt;`, not `<`
  "<": "&lt;",
  ">": "&gt;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "~": "&#126;",
  "[": "&#91;",
  "]": "&#93;",
  "\\": "&#92;",
  "|": "&#124;",
  // table cell separator
  $: "&#36;",
  // GitHub renders `$…$` as math
  "@": `@${ZERO_WIDTH_SPACE}`,
  "#": `#${ZERO_WIDTH_SPACE}`
};
var SPECIAL = /[&<>`*_~[\]\\|$@]|#(?=\d)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
function escapeMarkdownCharacters(text) {
  return text.replace(SPECIAL, (c) => REPLACEMENTS[c] ?? "");
}
var LEADING_BLOCK_MARKER = /^(?:#{1,6}|[-+])(?=\s|$)|^[-=]+\s*$|^\d{1,9}(?=[.)](?:\s|$))/;
var AUTOLINK = /(?<=:)(?=\/\/)|(?<=\bwww)(?=\.)/gi;
function escapeMarkdown(text) {
  const escaped = escapeMarkdownCharacters(text.replace(/^[ \t]+/, "")).replace(/\r\n?|\n/g, "<br>").replace(AUTOLINK, ZERO_WIDTH_SPACE);
  return LEADING_BLOCK_MARKER.test(escaped) ? `&#${escaped.charCodeAt(0)};${escaped.slice(1)}` : escaped;
}

// packages/report/src/template-engine.ts
var Handlebars = import_runtime.default;
function createEngine(escapeText) {
  const handlebars = Handlebars.create();
  const escapeValue = (value) => {
    if (value === null || value === void 0) return "";
    return escapeText(String(value));
  };
  const runtimeTemplate = handlebars.template.bind(handlebars);
  handlebars.template = ((spec) => {
    const main = spec.main;
    spec.main = function(container, ...rest) {
      container.escapeExpression = escapeValue;
      return main.call(this, container, ...rest);
    };
    return runtimeTemplate(spec);
  });
  for (const name of ["if", "unless", "each", "with"]) {
    const builtin = handlebars.helpers[name];
    handlebars.registerHelper(name, function(...args) {
      if (args.length > 1 && args[0] === void 0) {
        const { loc } = args[args.length - 1];
        const where = loc ? ` - ${loc.start.line}:${loc.start.column}` : "";
        throw new Error(`{{#${name}}} refers to a field that is not defined${where}`);
      }
      return builtin.apply(this, args);
    });
  }
  return {
    template(spec) {
      const template3 = handlebars.template(spec);
      return (context) => template3(context);
    }
  };
}
var markdownEngine = createEngine(escapeMarkdown);
var htmlEngine = createEngine(escapeHtml);
function markdownTemplate(spec) {
  return markdownEngine.template(spec);
}
function htmlTemplate(spec) {
  return htmlEngine.template(spec);
}

// packages/report/src/templates/html-style.ts
var HTML_STYLE = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --subtle: #f6f8fa; --accent: #0969da;
  --pass: #1a7f37; --warn: #9a6700; --fail: #d1242f; --error: #8250df; --neutral: #59636e;
  --s0: #2563eb; --s1: #d97706; --s2: #16a34a; --s3: #dc2626; --s4: #9333ea; --s5: #0891b2; --s6: #a16207; --s7: #db2777;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --subtle: #151b23; --accent: #4493f8;
    --pass: #3fb950; --warn: #d29922; --fail: #f85149; --error: #ab7df8; --neutral: #9198a1;
    --s0: #60a5fa; --s1: #fbbf24; --s2: #4ade80; --s3: #f87171; --s4: #c084fc; --s5: #22d3ee; --s6: #facc15; --s7: #f472b6;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 1000px; margin: 0 auto; padding: 24px 16px 48px; }
h1 { font-size: 1.5rem; margin: 0 0 16px; }
h2 { font-size: 1.25rem; margin: 0 0 4px; }
h3 { font-size: 1rem; margin: 20px 0 8px; }
a { color: var(--accent); }
.verdict { border-left: 6px solid var(--neutral); padding: 8px 16px; background: var(--subtle); border-radius: 6px; margin-bottom: 16px; }
.verdict.pass { border-color: var(--pass); } .verdict.warn { border-color: var(--warn); }
.verdict.fail { border-color: var(--fail); } .verdict.error { border-color: var(--error); }
.verdict h1 { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 13px; display: block; overflow-x: auto; }
th, td { border: 1px solid var(--border); padding: 4px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: var(--subtle); font-weight: 600; overflow-wrap: normal; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.badge { white-space: nowrap; font-weight: 600; }
.badge.pass { color: var(--pass); } .badge.warn { color: var(--warn); } .badge.fail { color: var(--fail); } .badge.error { color: var(--error); }
section.evaluation { border: 1px solid var(--border); border-radius: 8px; padding: 16px; margin: 24px 0; }
section.evaluation.status-pass { border-top: 4px solid var(--pass); } section.evaluation.status-warn { border-top: 4px solid var(--warn); }
section.evaluation.status-fail { border-top: 4px solid var(--fail); } section.evaluation.status-error { border-top: 4px solid var(--error); }
.meta { color: var(--muted); font-size: 12px; margin: 0 0 8px; }
.meta span + span::before { content: " · "; }
.error-box { border-left: 4px solid var(--error); background: var(--subtle); padding: 8px 12px; margin: 8px 0; }
.error-box p { margin: 4px 0; }
.note, .more { color: var(--muted); font-size: 12px; margin: 4px 0; }
.delta.better { color: var(--pass); } .delta.worse { color: var(--fail); } .delta.unclear, .delta.neutral { color: var(--muted); }
details { margin: 8px 0; }
summary { cursor: pointer; font-weight: 600; }
pre { background: var(--subtle); border: 1px solid var(--border); border-radius: 6px; padding: 8px 12px; overflow-x: auto; white-space: pre-wrap; }
figure { margin: 12px 0; }
figcaption { font-weight: 600; margin-bottom: 4px; }
figcaption .note { font-weight: 400; }
footer { color: var(--muted); font-size: 12px; border-top: 1px solid var(--border); padding-top: 8px; margin-top: 24px; }
footer span + span::before { content: " · "; }
svg.chart { display: block; max-width: 100%; height: auto; font-family: inherit; }
svg.chart text { fill: var(--muted); font-size: 11px; }
svg.chart .label, svg.chart .value, svg.chart .legend { fill: var(--fg); }
svg.chart .grid { stroke: var(--border); stroke-width: 1; }
svg.chart .axis, svg.chart .zero { stroke: var(--muted); stroke-width: 1; }
svg.chart .zero { stroke-dasharray: 3 3; }
svg.chart .bar { fill: var(--s0); }
svg.chart .bar.over { fill: var(--fail); }
svg.chart .threshold { stroke: var(--fail); stroke-width: 1.5; stroke-dasharray: 5 3; }
svg.chart .threshold-label { fill: var(--fail); }
svg.chart .line { fill: none; stroke-width: 2; }
svg.chart .ci { stroke-width: 3; stroke-linecap: round; }
svg.chart .point.better, svg.chart .dot.better { fill: var(--pass); } svg.chart .ci.better { stroke: var(--pass); }
svg.chart .point.worse { fill: var(--fail); } svg.chart .ci.worse { stroke: var(--fail); }
svg.chart .point.unclear, svg.chart .point.neutral { fill: var(--neutral); } svg.chart .ci.unclear, svg.chart .ci.neutral { stroke: var(--neutral); }
${Array.from(
  { length: 8 },
  (_, i) => `svg.chart .line.s${i} { stroke: var(--s${i}); } svg.chart .dot.s${i} { fill: var(--s${i}); }`
).join("\n")}
svg.chart .line.s1 { stroke-dasharray: 6 3; } svg.chart .line.s3 { stroke-dasharray: 2 3; } svg.chart .line.s5 { stroke-dasharray: 8 3 2 3; }
figure.distribution { display: inline-block; width: calc(50% - 12px); margin-right: 8px; vertical-align: top; }
figure.xy-chart { display: inline-block; margin-right: 16px; vertical-align: top; }
@media (max-width: 640px) { figure.distribution { display: block; width: 100%; } }
svg.chart .bar.reference { fill: var(--neutral); fill-opacity: 0.45; }
svg.chart .bar.current { fill: var(--s0); fill-opacity: 0.6; }
svg.chart .drifted { fill: var(--fail); font-weight: 600; }
svg.chart .cell.hit { fill: var(--pass); } svg.chart .cell.miss { fill: var(--fail); }
svg.chart .cell { stroke: var(--bg); stroke-width: 1; }
svg.chart text.on-dark { fill: #ffffff; }
pre.diff { white-space: pre-wrap; padding: 8px 0; }
pre.diff span { display: block; padding: 0 12px; }
pre.diff .removed { background: color-mix(in srgb, var(--fail) 15%, transparent); }
pre.diff .added { background: color-mix(in srgb, var(--pass) 15%, transparent); }
.cases > input { position: absolute; opacity: 0; pointer-events: none; }
.cases > label { display: inline-block; border: 1px solid var(--border); border-radius: 6px; padding: 2px 10px; margin: 0 4px 8px; cursor: pointer; }
.cases > input:checked + label { background: var(--accent); border-color: var(--accent); color: var(--bg); }
.cases > input:focus-visible + label { outline: 2px solid var(--accent); outline-offset: 2px; }
.show-attention:checked ~ .case-list .case.passing, .show-attention:checked ~ .case-list .case.fixed,
.show-regressed:checked ~ .case-list .case:not(.regressed) { display: none; }
.case { border: 1px solid var(--border); border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
.case h4 { margin: 0 0 6px; font-size: 13px; overflow-wrap: anywhere; }
.change { font-size: 12px; font-weight: 600; border-radius: 10px; padding: 0 8px; }
.change.regressed, .change.failing { color: var(--fail); border: 1px solid var(--fail); }
.change.fixed, .change.passing { color: var(--pass); border: 1px solid var(--pass); }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
@media (max-width: 640px) { .sides { grid-template-columns: 1fr; } }
.side { min-width: 0; }
.side pre { margin: 4px 0; max-height: 240px; overflow: auto; }
.side-label { margin: 0; font-size: 12px; color: var(--muted); }
.side.fail strong, .side.error strong { color: var(--fail); } .side.pass strong { color: var(--pass); }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin: 0 4px 0 8px; }
.swatch.better { background: var(--pass); } .swatch.worse { background: var(--fail); } .swatch.unclear { background: var(--neutral); }
`;

// packages/report/src/templates/precompiled.ts
var MARKDOWN_REPORT_SPEC = { "1": function(container, depth0, helpers, partials, data) {
  return "No result envelopes were given to the report. Check that the evaluation steps ran and wrote their results (by default to `.mlops/results/`).\n";
}, "3": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "attention"), "length"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 16, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "decisivePlot"), { "name": "if", "hash": {}, "fn": container.program(18, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 22, "column": 7 } } })) != null ? stack1 : "");
}, "4": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "| Status | Evaluation | Check |" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "attentionColumns"), "observed"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 31 }, "end": { "line": 7, "column": 82 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "attentionColumns"), "expected"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 82 }, "end": { "line": 7, "column": 133 } } })) != null ? stack1 : "") + "\n| --- | --- | --- |" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "attentionColumns"), "observed"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 19 }, "end": { "line": 8, "column": 65 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "attentionColumns"), "expected"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 65 }, "end": { "line": 8, "column": 111 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "attention"), { "name": "each", "hash": {}, "fn": container.program(11, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 11, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "attentionMore"), { "name": "if", "hash": {}, "fn": container.program(16, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 0 }, "end": { "line": 15, "column": 7 } } })) != null ? stack1 : "");
}, "5": function(container, depth0, helpers, partials, data) {
  return " Observed |";
}, "7": function(container, depth0, helpers, partials, data) {
  return " Expected |";
}, "9": function(container, depth0, helpers, partials, data) {
  return " --- |";
}, "11": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "| " + alias4((helper = lookupProperty(helpers, "label") || alias1(depth0, "label", { "start": { "line": 10, "column": 4 }, "end": { "line": 10, "column": 9 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 2 }, "end": { "line": 10, "column": 11 } } }) : helper)) + " | " + alias4((helper = lookupProperty(helpers, "evaluation") || alias1(depth0, "evaluation", { "start": { "line": 10, "column": 16 }, "end": { "line": 10, "column": 26 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "evaluation", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 14 }, "end": { "line": 10, "column": 28 } } }) : helper)) + " | " + alias4((helper = lookupProperty(helpers, "check") || alias1(depth0, "check", { "start": { "line": 10, "column": 33 }, "end": { "line": 10, "column": 38 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "check", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 31 }, "end": { "line": 10, "column": 40 } } }) : helper)) + " |" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depths[1], "attentionColumns"), "observed"), { "name": "if", "hash": {}, "fn": container.program(12, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 42 }, "end": { "line": 10, "column": 100 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depths[1], "attentionColumns"), "expected"), { "name": "if", "hash": {}, "fn": container.program(14, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 100 }, "end": { "line": 10, "column": 158 } } })) != null ? stack1 : "") + "\n";
}, "12": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return " " + container.escapeExpression((helper = lookupProperty(helpers, "observed") || container.strict(depth0, "observed", { "start": { "line": 10, "column": 81 }, "end": { "line": 10, "column": 89 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "observed", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 79 }, "end": { "line": 10, "column": 91 } } }) : helper)) + " |";
}, "14": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return " " + container.escapeExpression((helper = lookupProperty(helpers, "expected") || container.strict(depth0, "expected", { "start": { "line": 10, "column": 139 }, "end": { "line": 10, "column": 147 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "expected", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 137 }, "end": { "line": 10, "column": 149 } } }) : helper)) + " |";
}, "16": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n… " + container.escapeExpression((helper = lookupProperty(helpers, "attentionMore") || container.strict(depth0, "attentionMore", { "start": { "line": 14, "column": 4 }, "end": { "line": 14, "column": 17 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "attentionMore", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 2 }, "end": { "line": 14, "column": 19 } } }) : helper)) + " more that need attention, in the evaluations below\n";
}, "18": function(container, depth0, helpers, partials, data) {
  var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n**Changes the gates judged**, most important first <sub>(● change with its interval · ○ noise: the interval includes 0)</sub>\n\n" + ((stack1 = (helper = lookupProperty(helpers, "decisivePlot") || container.strict(depth0, "decisivePlot", { "start": { "line": 21, "column": 3 }, "end": { "line": 21, "column": 15 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "decisivePlot", "hash": {}, "data": data, "loc": { "start": { "line": 21, "column": 0 }, "end": { "line": 21, "column": 18 } } }) : helper)) != null ? stack1 : "") + "\n";
}, "20": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n<!-- mlops:section -->\n\n<details><summary>" + alias4((helper = lookupProperty(helpers, "icon") || alias1(depth0, "icon", { "start": { "line": 28, "column": 20 }, "end": { "line": 28, "column": 24 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "icon", "hash": {}, "data": data, "loc": { "start": { "line": 28, "column": 18 }, "end": { "line": 28, "column": 26 } } }) : helper)) + " " + alias4((helper = lookupProperty(helpers, "word") || alias1(depth0, "word", { "start": { "line": 28, "column": 29 }, "end": { "line": 28, "column": 33 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 28, "column": 27 }, "end": { "line": 28, "column": 35 } } }) : helper)) + " · " + alias4((helper = lookupProperty(helpers, "title") || alias1(depth0, "title", { "start": { "line": 28, "column": 40 }, "end": { "line": 28, "column": 45 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 28, "column": 38 }, "end": { "line": 28, "column": 47 } } }) : helper)) + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "headline"), { "name": "if", "hash": {}, "fn": container.program(21, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 28, "column": 47 }, "end": { "line": 28, "column": 85 } } })) != null ? stack1 : "") + "</summary>\n\n<sub>" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "meta"), { "name": "each", "hash": {}, "fn": container.program(23, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 30, "column": 5 }, "end": { "line": 30, "column": 68 } } })) != null ? stack1 : "") + "</sub>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "error"), { "name": "if", "hash": {}, "fn": container.program(26, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 31, "column": 0 }, "end": { "line": 39, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "metrics"), "length"), { "name": "if", "hash": {}, "fn": container.program(29, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 40, "column": 0 }, "end": { "line": 57, "column": 7 } } })) != null ? stack1 : "") + "\n**Checks:** " + alias4((helper = lookupProperty(helpers, "checkSummary") || alias1(depth0, "checkSummary", { "start": { "line": 59, "column": 14 }, "end": { "line": 59, "column": 26 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "checkSummary", "hash": {}, "data": data, "loc": { "start": { "line": 59, "column": 12 }, "end": { "line": 59, "column": 28 } } }) : helper)) + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "attention"), "length"), { "name": "if", "hash": {}, "fn": container.program(51, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 60, "column": 0 }, "end": { "line": 71, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "passingCount"), { "name": "if", "hash": {}, "fn": container.program(61, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 72, "column": 0 }, "end": { "line": 87, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "examples"), { "name": "each", "hash": {}, "fn": container.program(66, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 88, "column": 0 }, "end": { "line": 103, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "details"), { "name": "each", "hash": {}, "fn": container.program(77, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 104, "column": 0 }, "end": { "line": 149, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "hasProvenance"), { "name": "if", "hash": {}, "fn": container.program(92, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 150, "column": 0 }, "end": { "line": 179, "column": 7 } } })) != null ? stack1 : "") + "\n</details>\n";
}, "21": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return " — " + container.escapeExpression((helper = lookupProperty(helpers, "headline") || container.strict(depth0, "headline", { "start": { "line": 28, "column": 68 }, "end": { "line": 28, "column": 76 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "headline", "hash": {}, "data": data, "loc": { "start": { "line": 28, "column": 66 }, "end": { "line": 28, "column": 78 } } }) : helper));
}, "23": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(data, "first"), { "name": "unless", "hash": {}, "fn": container.program(24, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 30, "column": 19 }, "end": { "line": 30, "column": 51 } } })) != null ? stack1 : "") + container.escapeExpression(container.lambda(depth0, depth0));
}, "24": function(container, depth0, helpers, partials, data) {
  return " · ";
}, "26": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n> [!CAUTION]\n> **Error:** " + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0, "error"), "message", { "start": { "line": 34, "column": 15 }, "end": { "line": 34, "column": 28 } }), depth0)) + "\n" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "error"), "hint"), { "name": "if", "hash": {}, "fn": container.program(27, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 35, "column": 0 }, "end": { "line": 38, "column": 7 } } })) != null ? stack1 : "");
}, "27": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return ">\n> **What to do:** " + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0, "error"), "hint", { "start": { "line": 37, "column": 20 }, "end": { "line": 37, "column": 30 } }), depth0)) + "\n";
}, "29": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n**Metrics**\n\n| Metric | Value |" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "metricColumns"), "baseline"), { "name": "if", "hash": {}, "fn": container.program(30, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 44, "column": 18 }, "end": { "line": 44, "column": 66 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "metricColumns"), "delta"), { "name": "if", "hash": {}, "fn": container.program(32, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 44, "column": 66 }, "end": { "line": 44, "column": 116 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "metricColumns"), "n"), { "name": "if", "hash": {}, "fn": container.program(34, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 44, "column": 116 }, "end": { "line": 44, "column": 150 } } })) != null ? stack1 : "") + "\n| --- | ---: |" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "metricColumns"), "baseline"), { "name": "if", "hash": {}, "fn": container.program(36, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 45, "column": 14 }, "end": { "line": 45, "column": 58 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "metricColumns"), "delta"), { "name": "if", "hash": {}, "fn": container.program(36, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 45, "column": 58 }, "end": { "line": 45, "column": 99 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "metricColumns"), "n"), { "name": "if", "hash": {}, "fn": container.program(36, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 45, "column": 99 }, "end": { "line": 45, "column": 136 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "metrics"), { "name": "each", "hash": {}, "fn": container.program(38, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 46, "column": 0 }, "end": { "line": 48, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "metricsMore"), { "name": "if", "hash": {}, "fn": container.program(47, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 49, "column": 0 }, "end": { "line": 52, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "metricNotes"), "length"), { "name": "if", "hash": {}, "fn": container.program(49, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 53, "column": 0 }, "end": { "line": 56, "column": 7 } } })) != null ? stack1 : "");
}, "30": function(container, depth0, helpers, partials, data) {
  return " Baseline |";
}, "32": function(container, depth0, helpers, partials, data) {
  return " Δ vs baseline |";
}, "34": function(container, depth0, helpers, partials, data) {
  return " n |";
}, "36": function(container, depth0, helpers, partials, data) {
  return " ---: |";
}, "38": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "| " + alias4((helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 47, "column": 4 }, "end": { "line": 47, "column": 8 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 47, "column": 2 }, "end": { "line": 47, "column": 10 } } }) : helper)) + " | " + alias4((helper = lookupProperty(helpers, "value") || alias1(depth0, "value", { "start": { "line": 47, "column": 15 }, "end": { "line": 47, "column": 20 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "value", "hash": {}, "data": data, "loc": { "start": { "line": 47, "column": 13 }, "end": { "line": 47, "column": 22 } } }) : helper)) + " |" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depths[1], "metricColumns"), "baseline"), { "name": "if", "hash": {}, "fn": container.program(39, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 47, "column": 24 }, "end": { "line": 47, "column": 139 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depths[1], "metricColumns"), "delta"), { "name": "if", "hash": {}, "fn": container.program(42, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 47, "column": 139 }, "end": { "line": 47, "column": 228 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depths[1], "metricColumns"), "n"), { "name": "if", "hash": {}, "fn": container.program(45, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 47, "column": 228 }, "end": { "line": 47, "column": 269 } } })) != null ? stack1 : "") + "\n";
}, "39": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return " " + container.escapeExpression((helper = lookupProperty(helpers, "baseline") || container.strict(depth0, "baseline", { "start": { "line": 47, "column": 60 }, "end": { "line": 47, "column": 68 } }), typeof helper === "function" ? helper.call(alias1, { "name": "baseline", "hash": {}, "data": data, "loc": { "start": { "line": 47, "column": 58 }, "end": { "line": 47, "column": 70 } } }) : helper)) + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "baselineLabel"), { "name": "if", "hash": {}, "fn": container.program(40, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 47, "column": 70 }, "end": { "line": 47, "column": 130 } } })) != null ? stack1 : "") + " |";
}, "40": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<br><sub>" + container.escapeExpression((helper = lookupProperty(helpers, "baselineLabel") || container.strict(depth0, "baselineLabel", { "start": { "line": 47, "column": 102 }, "end": { "line": 47, "column": 115 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "baselineLabel", "hash": {}, "data": data, "loc": { "start": { "line": 47, "column": 100 }, "end": { "line": 47, "column": 117 } } }) : helper)) + "</sub>";
}, "42": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return " " + container.escapeExpression((helper = lookupProperty(helpers, "delta") || container.strict(depth0, "delta", { "start": { "line": 47, "column": 172 }, "end": { "line": 47, "column": 177 } }), typeof helper === "function" ? helper.call(alias1, { "name": "delta", "hash": {}, "data": data, "loc": { "start": { "line": 47, "column": 170 }, "end": { "line": 47, "column": 179 } } }) : helper)) + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "deltaLabel"), { "name": "if", "hash": {}, "fn": container.program(43, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 47, "column": 179 }, "end": { "line": 47, "column": 219 } } })) != null ? stack1 : "") + " |";
}, "43": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return " " + container.escapeExpression((helper = lookupProperty(helpers, "deltaLabel") || container.strict(depth0, "deltaLabel", { "start": { "line": 47, "column": 200 }, "end": { "line": 47, "column": 210 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "deltaLabel", "hash": {}, "data": data, "loc": { "start": { "line": 47, "column": 198 }, "end": { "line": 47, "column": 212 } } }) : helper));
}, "45": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return " " + container.escapeExpression((helper = lookupProperty(helpers, "n") || container.strict(depth0, "n", { "start": { "line": 47, "column": 257 }, "end": { "line": 47, "column": 258 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "n", "hash": {}, "data": data, "loc": { "start": { "line": 47, "column": 255 }, "end": { "line": 47, "column": 260 } } }) : helper)) + " |";
}, "47": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n… " + container.escapeExpression((helper = lookupProperty(helpers, "metricsMore") || container.strict(depth0, "metricsMore", { "start": { "line": 51, "column": 4 }, "end": { "line": 51, "column": 15 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "metricsMore", "hash": {}, "data": data, "loc": { "start": { "line": 51, "column": 2 }, "end": { "line": 51, "column": 17 } } }) : helper)) + " more metrics\n";
}, "49": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n<sub>" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "metricNotes"), { "name": "each", "hash": {}, "fn": container.program(23, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 55, "column": 5 }, "end": { "line": 55, "column": 75 } } })) != null ? stack1 : "") + "</sub>\n";
}, "51": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n| Status | Check | Severity |" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "attentionColumns"), "observed"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 62, "column": 29 }, "end": { "line": 62, "column": 80 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "attentionColumns"), "expected"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 62, "column": 80 }, "end": { "line": 62, "column": 131 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "attentionColumns"), "message"), { "name": "if", "hash": {}, "fn": container.program(52, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 62, "column": 131 }, "end": { "line": 62, "column": 180 } } })) != null ? stack1 : "") + "\n| --- | --- | --- |" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "attentionColumns"), "observed"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 63, "column": 19 }, "end": { "line": 63, "column": 65 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "attentionColumns"), "expected"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 63, "column": 65 }, "end": { "line": 63, "column": 111 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "attentionColumns"), "message"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 63, "column": 111 }, "end": { "line": 63, "column": 156 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "attention"), { "name": "each", "hash": {}, "fn": container.program(54, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 64, "column": 0 }, "end": { "line": 66, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "attentionMore"), { "name": "if", "hash": {}, "fn": container.program(59, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 67, "column": 0 }, "end": { "line": 70, "column": 7 } } })) != null ? stack1 : "");
}, "52": function(container, depth0, helpers, partials, data) {
  return " Message |";
}, "54": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "| " + alias4((helper = lookupProperty(helpers, "label") || alias1(depth0, "label", { "start": { "line": 65, "column": 4 }, "end": { "line": 65, "column": 9 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 65, "column": 2 }, "end": { "line": 65, "column": 11 } } }) : helper)) + " | " + alias4((helper = lookupProperty(helpers, "title") || alias1(depth0, "title", { "start": { "line": 65, "column": 16 }, "end": { "line": 65, "column": 21 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 65, "column": 14 }, "end": { "line": 65, "column": 23 } } }) : helper)) + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "location"), { "name": "if", "hash": {}, "fn": container.program(55, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 65, "column": 23 }, "end": { "line": 65, "column": 73 } } })) != null ? stack1 : "") + " | " + alias4((helper = lookupProperty(helpers, "severity") || alias1(depth0, "severity", { "start": { "line": 65, "column": 78 }, "end": { "line": 65, "column": 86 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "severity", "hash": {}, "data": data, "loc": { "start": { "line": 65, "column": 76 }, "end": { "line": 65, "column": 88 } } }) : helper)) + " |" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depths[1], "attentionColumns"), "observed"), { "name": "if", "hash": {}, "fn": container.program(12, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 65, "column": 90 }, "end": { "line": 65, "column": 148 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depths[1], "attentionColumns"), "expected"), { "name": "if", "hash": {}, "fn": container.program(14, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 65, "column": 148 }, "end": { "line": 65, "column": 206 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depths[1], "attentionColumns"), "message"), { "name": "if", "hash": {}, "fn": container.program(57, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 65, "column": 206 }, "end": { "line": 65, "column": 262 } } })) != null ? stack1 : "") + "\n";
}, "55": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<br><sub>" + container.escapeExpression((helper = lookupProperty(helpers, "location") || container.strict(depth0, "location", { "start": { "line": 65, "column": 50 }, "end": { "line": 65, "column": 58 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "location", "hash": {}, "data": data, "loc": { "start": { "line": 65, "column": 48 }, "end": { "line": 65, "column": 60 } } }) : helper)) + "</sub>";
}, "57": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return " " + container.escapeExpression((helper = lookupProperty(helpers, "message") || container.strict(depth0, "message", { "start": { "line": 65, "column": 244 }, "end": { "line": 65, "column": 251 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "message", "hash": {}, "data": data, "loc": { "start": { "line": 65, "column": 242 }, "end": { "line": 65, "column": 253 } } }) : helper)) + " |";
}, "59": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n… " + container.escapeExpression((helper = lookupProperty(helpers, "attentionMore") || container.strict(depth0, "attentionMore", { "start": { "line": 69, "column": 4 }, "end": { "line": 69, "column": 17 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "attentionMore", "hash": {}, "data": data, "loc": { "start": { "line": 69, "column": 2 }, "end": { "line": 69, "column": 19 } } }) : helper)) + " more checks that need attention\n";
}, "61": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n<details><summary>✅ " + container.escapeExpression((helper = lookupProperty(helpers, "passingSummary") || container.strict(depth0, "passingSummary", { "start": { "line": 74, "column": 22 }, "end": { "line": 74, "column": 36 } }), typeof helper === "function" ? helper.call(alias1, { "name": "passingSummary", "hash": {}, "data": data, "loc": { "start": { "line": 74, "column": 20 }, "end": { "line": 74, "column": 38 } } }) : helper)) + "</summary>\n\n| Status | Check | Severity |" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "passingColumns"), "observed"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 76, "column": 29 }, "end": { "line": 76, "column": 78 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "passingColumns"), "expected"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 76, "column": 78 }, "end": { "line": 76, "column": 127 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "passingColumns"), "message"), { "name": "if", "hash": {}, "fn": container.program(52, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 76, "column": 127 }, "end": { "line": 76, "column": 174 } } })) != null ? stack1 : "") + "\n| --- | --- | --- |" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "passingColumns"), "observed"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 77, "column": 19 }, "end": { "line": 77, "column": 63 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "passingColumns"), "expected"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 77, "column": 63 }, "end": { "line": 77, "column": 107 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "passingColumns"), "message"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 77, "column": 107 }, "end": { "line": 77, "column": 150 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "passing"), { "name": "each", "hash": {}, "fn": container.program(62, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 78, "column": 0 }, "end": { "line": 80, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "passingMore"), { "name": "if", "hash": {}, "fn": container.program(64, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 81, "column": 0 }, "end": { "line": 84, "column": 7 } } })) != null ? stack1 : "") + "\n</details>\n";
}, "62": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "| " + alias4((helper = lookupProperty(helpers, "label") || alias1(depth0, "label", { "start": { "line": 79, "column": 4 }, "end": { "line": 79, "column": 9 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 79, "column": 2 }, "end": { "line": 79, "column": 11 } } }) : helper)) + " | " + alias4((helper = lookupProperty(helpers, "title") || alias1(depth0, "title", { "start": { "line": 79, "column": 16 }, "end": { "line": 79, "column": 21 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 79, "column": 14 }, "end": { "line": 79, "column": 23 } } }) : helper)) + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "location"), { "name": "if", "hash": {}, "fn": container.program(55, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 79, "column": 23 }, "end": { "line": 79, "column": 73 } } })) != null ? stack1 : "") + " | " + alias4((helper = lookupProperty(helpers, "severity") || alias1(depth0, "severity", { "start": { "line": 79, "column": 78 }, "end": { "line": 79, "column": 86 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "severity", "hash": {}, "data": data, "loc": { "start": { "line": 79, "column": 76 }, "end": { "line": 79, "column": 88 } } }) : helper)) + " |" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depths[1], "passingColumns"), "observed"), { "name": "if", "hash": {}, "fn": container.program(12, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 79, "column": 90 }, "end": { "line": 79, "column": 146 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depths[1], "passingColumns"), "expected"), { "name": "if", "hash": {}, "fn": container.program(14, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 79, "column": 146 }, "end": { "line": 79, "column": 202 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depths[1], "passingColumns"), "message"), { "name": "if", "hash": {}, "fn": container.program(57, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 79, "column": 202 }, "end": { "line": 79, "column": 256 } } })) != null ? stack1 : "") + "\n";
}, "64": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n… " + container.escapeExpression((helper = lookupProperty(helpers, "passingMore") || container.strict(depth0, "passingMore", { "start": { "line": 83, "column": 4 }, "end": { "line": 83, "column": 15 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "passingMore", "hash": {}, "data": data, "loc": { "start": { "line": 83, "column": 2 }, "end": { "line": 83, "column": 17 } } }) : helper)) + " more\n";
}, "66": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n<details><summary>" + alias4((helper = lookupProperty(helpers, "icon") || alias1(depth0, "icon", { "start": { "line": 90, "column": 20 }, "end": { "line": 90, "column": 24 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "icon", "hash": {}, "data": data, "loc": { "start": { "line": 90, "column": 18 }, "end": { "line": 90, "column": 26 } } }) : helper)) + " " + alias4((helper = lookupProperty(helpers, "word") || alias1(depth0, "word", { "start": { "line": 90, "column": 29 }, "end": { "line": 90, "column": 33 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 90, "column": 27 }, "end": { "line": 90, "column": 35 } } }) : helper)) + " · failing examples: " + alias4((helper = lookupProperty(helpers, "check") || alias1(depth0, "check", { "start": { "line": 90, "column": 58 }, "end": { "line": 90, "column": 63 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "check", "hash": {}, "data": data, "loc": { "start": { "line": 90, "column": 56 }, "end": { "line": 90, "column": 65 } } }) : helper)) + " (" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "more"), { "name": "if", "hash": {}, "fn": container.program(67, data, 0), "inverse": container.program(69, data, 0), "data": data, "loc": { "start": { "line": 90, "column": 67 }, "end": { "line": 90, "column": 125 } } })) != null ? stack1 : "") + ")</summary>\n\n|" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "columns"), { "name": "each", "hash": {}, "fn": container.program(71, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 92, "column": 1 }, "end": { "line": 92, "column": 38 } } })) != null ? stack1 : "") + "\n|" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "columns"), { "name": "each", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 93, "column": 1 }, "end": { "line": 93, "column": 33 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "rows"), { "name": "each", "hash": {}, "fn": container.program(73, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 94, "column": 0 }, "end": { "line": 96, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "more"), { "name": "if", "hash": {}, "fn": container.program(75, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 97, "column": 0 }, "end": { "line": 100, "column": 7 } } })) != null ? stack1 : "") + "\n</details>\n";
}, "67": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return alias4((helper = lookupProperty(helpers, "shown") || alias1(depth0, "shown", { "start": { "line": 90, "column": 81 }, "end": { "line": 90, "column": 86 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "shown", "hash": {}, "data": data, "loc": { "start": { "line": 90, "column": 79 }, "end": { "line": 90, "column": 88 } } }) : helper)) + " of " + alias4((helper = lookupProperty(helpers, "total") || alias1(depth0, "total", { "start": { "line": 90, "column": 94 }, "end": { "line": 90, "column": 99 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "total", "hash": {}, "data": data, "loc": { "start": { "line": 90, "column": 92 }, "end": { "line": 90, "column": 101 } } }) : helper));
}, "69": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return container.escapeExpression((helper = lookupProperty(helpers, "total") || container.strict(depth0, "total", { "start": { "line": 90, "column": 111 }, "end": { "line": 90, "column": 116 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "total", "hash": {}, "data": data, "loc": { "start": { "line": 90, "column": 109 }, "end": { "line": 90, "column": 118 } } }) : helper));
}, "71": function(container, depth0, helpers, partials, data) {
  return " " + container.escapeExpression(container.lambda(depth0, depth0)) + " |";
}, "73": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "|" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0, { "name": "each", "hash": {}, "fn": container.program(71, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 95, "column": 1 }, "end": { "line": 95, "column": 35 } } })) != null ? stack1 : "") + "\n";
}, "75": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n… " + container.escapeExpression((helper = lookupProperty(helpers, "more") || container.strict(depth0, "more", { "start": { "line": 99, "column": 4 }, "end": { "line": 99, "column": 8 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "more", "hash": {}, "data": data, "loc": { "start": { "line": 99, "column": 2 }, "end": { "line": 99, "column": 10 } } }) : helper)) + " more examples\n";
}, "77": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "text"), { "name": "if", "hash": {}, "fn": container.program(78, data, 0), "inverse": container.program(80, data, 0), "data": data, "loc": { "start": { "line": 105, "column": 0 }, "end": { "line": 148, "column": 7 } } })) != null ? stack1 : "";
}, "78": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n<details><summary>" + container.escapeExpression((helper = lookupProperty(helpers, "title") || alias1(depth0, "title", { "start": { "line": 107, "column": 20 }, "end": { "line": 107, "column": 25 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 107, "column": 18 }, "end": { "line": 107, "column": 27 } } }) : helper)) + "</summary>\n\n" + ((stack1 = (helper = lookupProperty(helpers, "text") || alias1(depth0, "text", { "start": { "line": 109, "column": 3 }, "end": { "line": 109, "column": 7 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 109, "column": 0 }, "end": { "line": 109, "column": 10 } } }) : helper)) != null ? stack1 : "") + "\n\n</details>\n";
}, "80": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "chart"), { "name": "if", "hash": {}, "fn": container.program(81, data, 0), "inverse": container.program(86, data, 0), "data": data, "loc": { "start": { "line": 112, "column": 0 }, "end": { "line": 148, "column": 0 } } })) != null ? stack1 : "";
}, "81": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n<details><summary>" + container.escapeExpression((helper = lookupProperty(helpers, "title") || container.strict(depth0, "title", { "start": { "line": 114, "column": 20 }, "end": { "line": 114, "column": 25 } }), typeof helper === "function" ? helper.call(alias1, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 114, "column": 18 }, "end": { "line": 114, "column": 27 } } }) : helper)) + " (drawn in the full report)</summary>\n\n|" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "chart"), "columns"), { "name": "each", "hash": {}, "fn": container.program(71, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 116, "column": 1 }, "end": { "line": 116, "column": 44 } } })) != null ? stack1 : "") + "\n|" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "chart"), "columns"), { "name": "each", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 117, "column": 1 }, "end": { "line": 117, "column": 39 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "chart"), "rows"), { "name": "each", "hash": {}, "fn": container.program(73, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 118, "column": 0 }, "end": { "line": 120, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "chart"), "more"), { "name": "if", "hash": {}, "fn": container.program(82, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 121, "column": 0 }, "end": { "line": 124, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "chart"), "notes"), "length"), { "name": "if", "hash": {}, "fn": container.program(84, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 125, "column": 0 }, "end": { "line": 128, "column": 7 } } })) != null ? stack1 : "") + "\n</details>\n";
}, "82": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n… " + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0, "chart"), "more", { "start": { "line": 123, "column": 4 }, "end": { "line": 123, "column": 14 } }), depth0)) + " more rows\n";
}, "84": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n<sub>" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "chart"), "notes"), { "name": "each", "hash": {}, "fn": container.program(23, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 127, "column": 5 }, "end": { "line": 127, "column": 75 } } })) != null ? stack1 : "") + "</sub>\n";
}, "86": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n**" + container.escapeExpression((helper = lookupProperty(helpers, "title") || container.strict(depth0, "title", { "start": { "line": 133, "column": 4 }, "end": { "line": 133, "column": 9 } }), typeof helper === "function" ? helper.call(alias1, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 133, "column": 2 }, "end": { "line": 133, "column": 11 } } }) : helper)) + "**\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "table"), { "name": "if", "hash": {}, "fn": container.program(87, data, 0), "inverse": container.program(90, data, 0), "data": data, "loc": { "start": { "line": 135, "column": 0 }, "end": { "line": 147, "column": 7 } } })) != null ? stack1 : "");
}, "87": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "|" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "table"), "columns"), { "name": "each", "hash": {}, "fn": container.program(71, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 136, "column": 1 }, "end": { "line": 136, "column": 44 } } })) != null ? stack1 : "") + "\n|" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "table"), "columns"), { "name": "each", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 137, "column": 1 }, "end": { "line": 137, "column": 39 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "table"), "rows"), { "name": "each", "hash": {}, "fn": container.program(73, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 138, "column": 0 }, "end": { "line": 140, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "table"), "more"), { "name": "if", "hash": {}, "fn": container.program(88, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 141, "column": 0 }, "end": { "line": 144, "column": 7 } } })) != null ? stack1 : "");
}, "88": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n… " + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0, "table"), "more", { "start": { "line": 143, "column": 4 }, "end": { "line": 143, "column": 14 } }), depth0)) + " more rows\n";
}, "90": function(container, depth0, helpers, partials, data) {
  return "No data to show.\n";
}, "92": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n<details><summary>Lineage and artifacts</summary>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "lineage"), "length"), { "name": "if", "hash": {}, "fn": container.program(93, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 153, "column": 0 }, "end": { "line": 164, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "artifacts"), "length"), { "name": "if", "hash": {}, "fn": container.program(101, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 165, "column": 0 }, "end": { "line": 176, "column": 7 } } })) != null ? stack1 : "") + "\n</details>\n";
}, "93": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n| Lineage | Value |\n| --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "lineage"), { "name": "each", "hash": {}, "fn": container.program(94, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 157, "column": 0 }, "end": { "line": 159, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "lineageMore"), { "name": "if", "hash": {}, "fn": container.program(99, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 160, "column": 0 }, "end": { "line": 163, "column": 7 } } })) != null ? stack1 : "");
}, "94": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "| " + container.escapeExpression((helper = lookupProperty(helpers, "label") || container.strict(depth0, "label", { "start": { "line": 158, "column": 4 }, "end": { "line": 158, "column": 9 } }), typeof helper === "function" ? helper.call(alias1, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 158, "column": 2 }, "end": { "line": 158, "column": 11 } } }) : helper)) + " | " + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "url"), { "name": "if", "hash": {}, "fn": container.program(95, data, 0), "inverse": container.program(97, data, 0), "data": data, "loc": { "start": { "line": 158, "column": 14 }, "end": { "line": 158, "column": 71 } } })) != null ? stack1 : "") + " |\n";
}, "95": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "[" + container.escapeExpression((helper = lookupProperty(helpers, "value") || alias1(depth0, "value", { "start": { "line": 158, "column": 28 }, "end": { "line": 158, "column": 33 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "value", "hash": {}, "data": data, "loc": { "start": { "line": 158, "column": 26 }, "end": { "line": 158, "column": 35 } } }) : helper)) + "](" + ((stack1 = (helper = lookupProperty(helpers, "url") || alias1(depth0, "url", { "start": { "line": 158, "column": 40 }, "end": { "line": 158, "column": 43 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "url", "hash": {}, "data": data, "loc": { "start": { "line": 158, "column": 37 }, "end": { "line": 158, "column": 46 } } }) : helper)) != null ? stack1 : "") + ")";
}, "97": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return container.escapeExpression((helper = lookupProperty(helpers, "value") || container.strict(depth0, "value", { "start": { "line": 158, "column": 57 }, "end": { "line": 158, "column": 62 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "value", "hash": {}, "data": data, "loc": { "start": { "line": 158, "column": 55 }, "end": { "line": 158, "column": 64 } } }) : helper));
}, "99": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n… " + container.escapeExpression((helper = lookupProperty(helpers, "lineageMore") || container.strict(depth0, "lineageMore", { "start": { "line": 162, "column": 4 }, "end": { "line": 162, "column": 15 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "lineageMore", "hash": {}, "data": data, "loc": { "start": { "line": 162, "column": 2 }, "end": { "line": 162, "column": 17 } } }) : helper)) + " more\n";
}, "101": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n| Artifact | Path | Digest | Size |\n| --- | --- | --- | ---: |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "artifacts"), { "name": "each", "hash": {}, "fn": container.program(102, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 169, "column": 0 }, "end": { "line": 171, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "artifactsMore"), { "name": "if", "hash": {}, "fn": container.program(104, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 172, "column": 0 }, "end": { "line": 175, "column": 7 } } })) != null ? stack1 : "");
}, "102": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "| " + alias4((helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 170, "column": 4 }, "end": { "line": 170, "column": 8 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 170, "column": 2 }, "end": { "line": 170, "column": 10 } } }) : helper)) + " | " + alias4((helper = lookupProperty(helpers, "path") || alias1(depth0, "path", { "start": { "line": 170, "column": 15 }, "end": { "line": 170, "column": 19 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "path", "hash": {}, "data": data, "loc": { "start": { "line": 170, "column": 13 }, "end": { "line": 170, "column": 21 } } }) : helper)) + " | " + alias4((helper = lookupProperty(helpers, "digest") || alias1(depth0, "digest", { "start": { "line": 170, "column": 26 }, "end": { "line": 170, "column": 32 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "digest", "hash": {}, "data": data, "loc": { "start": { "line": 170, "column": 24 }, "end": { "line": 170, "column": 34 } } }) : helper)) + " | " + alias4((helper = lookupProperty(helpers, "size") || alias1(depth0, "size", { "start": { "line": 170, "column": 39 }, "end": { "line": 170, "column": 43 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "size", "hash": {}, "data": data, "loc": { "start": { "line": 170, "column": 37 }, "end": { "line": 170, "column": 45 } } }) : helper)) + " |\n";
}, "104": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n… " + container.escapeExpression((helper = lookupProperty(helpers, "artifactsMore") || container.strict(depth0, "artifactsMore", { "start": { "line": 174, "column": 4 }, "end": { "line": 174, "column": 17 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "artifactsMore", "hash": {}, "data": data, "loc": { "start": { "line": 174, "column": 2 }, "end": { "line": 174, "column": 19 } } }) : helper)) + " more\n";
}, "106": function(container, depth0, helpers, partials, data) {
  var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "\n<!-- mlops:section -->\n\n<sub>" + ((stack1 = (helper = lookupProperty(helpers, "footer") || container.strict(depth0, "footer", { "start": { "line": 187, "column": 8 }, "end": { "line": 187, "column": 14 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "footer", "hash": {}, "data": data, "loc": { "start": { "line": 187, "column": 5 }, "end": { "line": 187, "column": 17 } } }) : helper)) != null ? stack1 : "") + "</sub>\n";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data, blockParams, depths) {
  var stack1, helper, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, alias4 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "## " + alias3(alias2(alias1(lookupProperty(depth0, "verdict"), "icon", { "start": { "line": 1, "column": 5 }, "end": { "line": 1, "column": 17 } }), depth0)) + " " + alias3((helper = lookupProperty(helpers, "title") || alias1(depth0, "title", { "start": { "line": 1, "column": 22 }, "end": { "line": 1, "column": 27 } }), typeof helper === "function" ? helper.call(alias4, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 20 }, "end": { "line": 1, "column": 29 } } }) : helper)) + ": " + alias3(alias2(alias1(lookupProperty(depth0, "verdict"), "text", { "start": { "line": 1, "column": 33 }, "end": { "line": 1, "column": 45 } }), depth0)) + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "empty"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0, blockParams, depths), "inverse": container.program(3, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 23, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(depth0, "sections"), { "name": "each", "hash": {}, "fn": container.program(20, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 24, "column": 0 }, "end": { "line": 182, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(depth0, "footer"), { "name": "if", "hash": {}, "fn": container.program(106, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 183, "column": 0 }, "end": { "line": 188, "column": 7 } } })) != null ? stack1 : "");
}, "useData": true, "useDepths": true };
var HTML_REPORT_SPEC = { "1": function(container, depth0, helpers, partials, data) {
  return "<p>No result envelopes were given to the report. Check that the evaluation steps ran and wrote their results (by default to <code>.mlops/results/</code>).</p>\n";
}, "3": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<table class="verdict-table">\n<thead><tr><th>Status</th><th>Evaluation</th><th>Subject</th><th class="num">Failed</th><th class="num">Warnings</th><th class="num">Insufficient data</th><th>Summary</th></tr></thead>\n<tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "rows"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 0 }, "end": { "line": 24, "column": 9 } } })) != null ? stack1 : "") + "</tbody>\n</table>\n";
}, "4": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<tr><td class="badge ' + alias4((helper = lookupProperty(helpers, "word") || alias1(depth0, "word", { "start": { "line": 23, "column": 23 }, "end": { "line": 23, "column": 27 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 21 }, "end": { "line": 23, "column": 29 } } }) : helper)) + '">' + alias4((helper = lookupProperty(helpers, "icon") || alias1(depth0, "icon", { "start": { "line": 23, "column": 33 }, "end": { "line": 23, "column": 37 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "icon", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 31 }, "end": { "line": 23, "column": 39 } } }) : helper)) + " " + alias4((helper = lookupProperty(helpers, "word") || alias1(depth0, "word", { "start": { "line": 23, "column": 42 }, "end": { "line": 23, "column": 46 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 40 }, "end": { "line": 23, "column": 48 } } }) : helper)) + '</td><td><a href="#' + alias4((helper = lookupProperty(helpers, "anchor") || alias1(depth0, "anchor", { "start": { "line": 23, "column": 69 }, "end": { "line": 23, "column": 75 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "anchor", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 67 }, "end": { "line": 23, "column": 77 } } }) : helper)) + '">' + alias4((helper = lookupProperty(helpers, "title") || alias1(depth0, "title", { "start": { "line": 23, "column": 81 }, "end": { "line": 23, "column": 86 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 79 }, "end": { "line": 23, "column": 88 } } }) : helper)) + "</a></td><td>" + alias4((helper = lookupProperty(helpers, "subject") || alias1(depth0, "subject", { "start": { "line": 23, "column": 103 }, "end": { "line": 23, "column": 110 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "subject", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 101 }, "end": { "line": 23, "column": 112 } } }) : helper)) + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "digest"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 23, "column": 112 }, "end": { "line": 23, "column": 162 } } })) != null ? stack1 : "") + '</td><td class="num">' + alias4((helper = lookupProperty(helpers, "failed") || alias1(depth0, "failed", { "start": { "line": 23, "column": 185 }, "end": { "line": 23, "column": 191 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "failed", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 183 }, "end": { "line": 23, "column": 193 } } }) : helper)) + '</td><td class="num">' + alias4((helper = lookupProperty(helpers, "warnings") || alias1(depth0, "warnings", { "start": { "line": 23, "column": 216 }, "end": { "line": 23, "column": 224 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "warnings", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 214 }, "end": { "line": 23, "column": 226 } } }) : helper)) + '</td><td class="num">' + alias4((helper = lookupProperty(helpers, "inconclusive") || alias1(depth0, "inconclusive", { "start": { "line": 23, "column": 249 }, "end": { "line": 23, "column": 261 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "inconclusive", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 247 }, "end": { "line": 23, "column": 263 } } }) : helper)) + "</td><td>" + alias4((helper = lookupProperty(helpers, "summary") || alias1(depth0, "summary", { "start": { "line": 23, "column": 274 }, "end": { "line": 23, "column": 281 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "summary", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 272 }, "end": { "line": 23, "column": 283 } } }) : helper)) + "</td></tr>\n";
}, "5": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<br><small>" + container.escapeExpression((helper = lookupProperty(helpers, "digest") || container.strict(depth0, "digest", { "start": { "line": 23, "column": 139 }, "end": { "line": 23, "column": 145 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "digest", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 137 }, "end": { "line": 23, "column": 147 } } }) : helper)) + "</small>";
}, "7": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<section id="' + alias4((helper = lookupProperty(helpers, "anchor") || alias1(depth0, "anchor", { "start": { "line": 29, "column": 15 }, "end": { "line": 29, "column": 21 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "anchor", "hash": {}, "data": data, "loc": { "start": { "line": 29, "column": 13 }, "end": { "line": 29, "column": 23 } } }) : helper)) + '" class="evaluation status-' + alias4((helper = lookupProperty(helpers, "status") || alias1(depth0, "status", { "start": { "line": 29, "column": 52 }, "end": { "line": 29, "column": 58 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 29, "column": 50 }, "end": { "line": 29, "column": 60 } } }) : helper)) + '">\n<h2><span aria-hidden="true">' + alias4((helper = lookupProperty(helpers, "icon") || alias1(depth0, "icon", { "start": { "line": 30, "column": 31 }, "end": { "line": 30, "column": 35 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "icon", "hash": {}, "data": data, "loc": { "start": { "line": 30, "column": 29 }, "end": { "line": 30, "column": 37 } } }) : helper)) + "</span> " + alias4((helper = lookupProperty(helpers, "title") || alias1(depth0, "title", { "start": { "line": 30, "column": 47 }, "end": { "line": 30, "column": 52 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 30, "column": 45 }, "end": { "line": 30, "column": 54 } } }) : helper)) + ' <span class="badge ' + alias4((helper = lookupProperty(helpers, "status") || alias1(depth0, "status", { "start": { "line": 30, "column": 76 }, "end": { "line": 30, "column": 82 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 30, "column": 74 }, "end": { "line": 30, "column": 84 } } }) : helper)) + '">' + alias4((helper = lookupProperty(helpers, "word") || alias1(depth0, "word", { "start": { "line": 30, "column": 88 }, "end": { "line": 30, "column": 92 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 30, "column": 86 }, "end": { "line": 30, "column": 94 } } }) : helper)) + '</span></h2>\n<p class="meta">' + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "meta"), { "name": "each", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 31, "column": 16 }, "end": { "line": 31, "column": 60 } } })) != null ? stack1 : "") + "</p>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "summary"), { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 32, "column": 0 }, "end": { "line": 34, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "error"), { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 35, "column": 0 }, "end": { "line": 37, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "metrics"), "length"), { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 38, "column": 0 }, "end": { "line": 50, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "forestPlot"), { "name": "if", "hash": {}, "fn": container.program(23, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 51, "column": 0 }, "end": { "line": 56, "column": 7 } } })) != null ? stack1 : "") + "<h3>Checks: " + alias4((helper = lookupProperty(helpers, "checkSummary") || alias1(depth0, "checkSummary", { "start": { "line": 57, "column": 14 }, "end": { "line": 57, "column": 26 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "checkSummary", "hash": {}, "data": data, "loc": { "start": { "line": 57, "column": 12 }, "end": { "line": 57, "column": 28 } } }) : helper)) + "</h3>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "attention"), "length"), { "name": "if", "hash": {}, "fn": container.program(25, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 58, "column": 0 }, "end": { "line": 65, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "passingCount"), { "name": "if", "hash": {}, "fn": container.program(31, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 66, "column": 0 }, "end": { "line": 75, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "examples"), { "name": "each", "hash": {}, "fn": container.program(34, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 76, "column": 0 }, "end": { "line": 88, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "details"), { "name": "each", "hash": {}, "fn": container.program(46, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 89, "column": 0 }, "end": { "line": 116, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "hasProvenance"), { "name": "if", "hash": {}, "fn": container.program(59, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 117, "column": 0 }, "end": { "line": 136, "column": 7 } } })) != null ? stack1 : "") + "</section>\n";
}, "8": function(container, depth0, helpers, partials, data) {
  return "<span>" + container.escapeExpression(container.lambda(depth0, depth0)) + "</span>";
}, "10": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<p>" + container.escapeExpression((helper = lookupProperty(helpers, "summary") || container.strict(depth0, "summary", { "start": { "line": 33, "column": 5 }, "end": { "line": 33, "column": 12 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "summary", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 3 }, "end": { "line": 33, "column": 14 } } }) : helper)) + "</p>\n";
}, "12": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<div class="error-box"><p><strong>Error:</strong> ' + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0, "error"), "message", { "start": { "line": 36, "column": 52 }, "end": { "line": 36, "column": 65 } }), depth0)) + "</p>" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "error"), "hint"), { "name": "if", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 36, "column": 71 }, "end": { "line": 36, "column": 146 } } })) != null ? stack1 : "") + "</div>\n";
}, "13": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<p><strong>What to do:</strong> " + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0, "error"), "hint", { "start": { "line": 36, "column": 123 }, "end": { "line": 36, "column": 133 } }), depth0)) + "</p>";
}, "15": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<h3>Metrics</h3>\n<table>\n<thead><tr><th>Metric</th><th class="num">Value</th><th class="num">Baseline</th><th class="num">Δ vs baseline</th><th class="num">n</th></tr></thead>\n<tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "metrics"), { "name": "each", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 43, "column": 0 }, "end": { "line": 45, "column": 9 } } })) != null ? stack1 : "") + "</tbody>\n</table>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "metricsMore"), { "name": "if", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 48, "column": 0 }, "end": { "line": 48, "column": 76 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "metricNotes"), { "name": "each", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 49, "column": 0 }, "end": { "line": 49, "column": 58 } } })) != null ? stack1 : "") + "\n";
}, "16": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<tr><td>" + alias4((helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 44, "column": 10 }, "end": { "line": 44, "column": 14 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 8 }, "end": { "line": 44, "column": 16 } } }) : helper)) + '</td><td class="num">' + alias4((helper = lookupProperty(helpers, "value") || alias1(depth0, "value", { "start": { "line": 44, "column": 39 }, "end": { "line": 44, "column": 44 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "value", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 37 }, "end": { "line": 44, "column": 46 } } }) : helper)) + '</td><td class="num">' + alias4((helper = lookupProperty(helpers, "baseline") || alias1(depth0, "baseline", { "start": { "line": 44, "column": 69 }, "end": { "line": 44, "column": 77 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "baseline", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 67 }, "end": { "line": 44, "column": 79 } } }) : helper)) + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "baselineLabel"), { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 44, "column": 79 }, "end": { "line": 44, "column": 143 } } })) != null ? stack1 : "") + '</td><td class="num delta ' + alias4((helper = lookupProperty(helpers, "direction") || alias1(depth0, "direction", { "start": { "line": 44, "column": 171 }, "end": { "line": 44, "column": 180 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "direction", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 169 }, "end": { "line": 44, "column": 182 } } }) : helper)) + '">' + alias4((helper = lookupProperty(helpers, "delta") || alias1(depth0, "delta", { "start": { "line": 44, "column": 186 }, "end": { "line": 44, "column": 191 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "delta", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 184 }, "end": { "line": 44, "column": 193 } } }) : helper)) + " " + alias4((helper = lookupProperty(helpers, "deltaLabel") || alias1(depth0, "deltaLabel", { "start": { "line": 44, "column": 196 }, "end": { "line": 44, "column": 206 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "deltaLabel", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 194 }, "end": { "line": 44, "column": 208 } } }) : helper)) + '</td><td class="num">' + alias4((helper = lookupProperty(helpers, "n") || alias1(depth0, "n", { "start": { "line": 44, "column": 231 }, "end": { "line": 44, "column": 232 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "n", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 229 }, "end": { "line": 44, "column": 234 } } }) : helper)) + "</td></tr>\n";
}, "17": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<br><small>" + container.escapeExpression((helper = lookupProperty(helpers, "baselineLabel") || container.strict(depth0, "baselineLabel", { "start": { "line": 44, "column": 113 }, "end": { "line": 44, "column": 126 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "baselineLabel", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 111 }, "end": { "line": 44, "column": 128 } } }) : helper)) + "</small>";
}, "19": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<p class="more">… ' + container.escapeExpression((helper = lookupProperty(helpers, "metricsMore") || container.strict(depth0, "metricsMore", { "start": { "line": 48, "column": 39 }, "end": { "line": 48, "column": 50 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "metricsMore", "hash": {}, "data": data, "loc": { "start": { "line": 48, "column": 37 }, "end": { "line": 48, "column": 52 } } }) : helper)) + " more metrics</p>";
}, "21": function(container, depth0, helpers, partials, data) {
  return '<p class="note">' + container.escapeExpression(container.lambda(depth0, depth0)) + "</p>";
}, "23": function(container, depth0, helpers, partials, data) {
  var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<figure>\n<figcaption>Change against the baseline <span class="note">(what the gates judged first; one scale per unit, centred on no change; lines are confidence intervals)<span class="swatch better"></span>better<span class="swatch worse"></span>worse<span class="swatch unclear"></span>noise (interval includes 0) or no preferred direction</span></figcaption>\n' + ((stack1 = (helper = lookupProperty(helpers, "forestPlot") || container.strict(depth0, "forestPlot", { "start": { "line": 54, "column": 3 }, "end": { "line": 54, "column": 13 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "forestPlot", "hash": {}, "data": data, "loc": { "start": { "line": 54, "column": 0 }, "end": { "line": 54, "column": 16 } } }) : helper)) != null ? stack1 : "") + "\n</figure>\n";
}, "25": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<table><thead><tr><th>Status</th><th>Check</th><th>Severity</th><th>Observed</th><th>Expected</th><th>Message</th></tr></thead><tbody>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "attention"), { "name": "each", "hash": {}, "fn": container.program(26, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 60, "column": 0 }, "end": { "line": 62, "column": 9 } } })) != null ? stack1 : "") + "</tbody></table>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "attentionMore"), { "name": "if", "hash": {}, "fn": container.program(29, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 64, "column": 0 }, "end": { "line": 64, "column": 99 } } })) != null ? stack1 : "") + "\n";
}, "26": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<tr class="check ' + alias4((helper = lookupProperty(helpers, "status") || alias1(depth0, "status", { "start": { "line": 61, "column": 19 }, "end": { "line": 61, "column": 25 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 61, "column": 17 }, "end": { "line": 61, "column": 27 } } }) : helper)) + '"><td class="badge">' + alias4((helper = lookupProperty(helpers, "icon") || alias1(depth0, "icon", { "start": { "line": 61, "column": 49 }, "end": { "line": 61, "column": 53 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "icon", "hash": {}, "data": data, "loc": { "start": { "line": 61, "column": 47 }, "end": { "line": 61, "column": 55 } } }) : helper)) + " " + alias4((helper = lookupProperty(helpers, "word") || alias1(depth0, "word", { "start": { "line": 61, "column": 58 }, "end": { "line": 61, "column": 62 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "word", "hash": {}, "data": data, "loc": { "start": { "line": 61, "column": 56 }, "end": { "line": 61, "column": 64 } } }) : helper)) + "</td><td>" + alias4((helper = lookupProperty(helpers, "title") || alias1(depth0, "title", { "start": { "line": 61, "column": 75 }, "end": { "line": 61, "column": 80 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 61, "column": 73 }, "end": { "line": 61, "column": 82 } } }) : helper)) + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "location"), { "name": "if", "hash": {}, "fn": container.program(27, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 61, "column": 82 }, "end": { "line": 61, "column": 136 } } })) != null ? stack1 : "") + "</td><td>" + alias4((helper = lookupProperty(helpers, "severity") || alias1(depth0, "severity", { "start": { "line": 61, "column": 147 }, "end": { "line": 61, "column": 155 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "severity", "hash": {}, "data": data, "loc": { "start": { "line": 61, "column": 145 }, "end": { "line": 61, "column": 157 } } }) : helper)) + "</td><td>" + alias4((helper = lookupProperty(helpers, "observed") || alias1(depth0, "observed", { "start": { "line": 61, "column": 168 }, "end": { "line": 61, "column": 176 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "observed", "hash": {}, "data": data, "loc": { "start": { "line": 61, "column": 166 }, "end": { "line": 61, "column": 178 } } }) : helper)) + "</td><td>" + alias4((helper = lookupProperty(helpers, "expected") || alias1(depth0, "expected", { "start": { "line": 61, "column": 189 }, "end": { "line": 61, "column": 197 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "expected", "hash": {}, "data": data, "loc": { "start": { "line": 61, "column": 187 }, "end": { "line": 61, "column": 199 } } }) : helper)) + "</td><td>" + alias4((helper = lookupProperty(helpers, "message") || alias1(depth0, "message", { "start": { "line": 61, "column": 210 }, "end": { "line": 61, "column": 217 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "message", "hash": {}, "data": data, "loc": { "start": { "line": 61, "column": 208 }, "end": { "line": 61, "column": 219 } } }) : helper)) + "</td></tr>\n";
}, "27": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<br><small>" + container.escapeExpression((helper = lookupProperty(helpers, "location") || container.strict(depth0, "location", { "start": { "line": 61, "column": 111 }, "end": { "line": 61, "column": 119 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "location", "hash": {}, "data": data, "loc": { "start": { "line": 61, "column": 109 }, "end": { "line": 61, "column": 121 } } }) : helper)) + "</small>";
}, "29": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<p class="more">… ' + container.escapeExpression((helper = lookupProperty(helpers, "attentionMore") || container.strict(depth0, "attentionMore", { "start": { "line": 64, "column": 41 }, "end": { "line": 64, "column": 54 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "attentionMore", "hash": {}, "data": data, "loc": { "start": { "line": 64, "column": 39 }, "end": { "line": 64, "column": 56 } } }) : helper)) + " more checks that need attention</p>";
}, "31": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<details><summary>✅ " + container.escapeExpression((helper = lookupProperty(helpers, "passingSummary") || container.strict(depth0, "passingSummary", { "start": { "line": 67, "column": 22 }, "end": { "line": 67, "column": 36 } }), typeof helper === "function" ? helper.call(alias1, { "name": "passingSummary", "hash": {}, "data": data, "loc": { "start": { "line": 67, "column": 20 }, "end": { "line": 67, "column": 38 } } }) : helper)) + "</summary>\n<table><thead><tr><th>Status</th><th>Check</th><th>Severity</th><th>Observed</th><th>Expected</th><th>Message</th></tr></thead><tbody>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "passing"), { "name": "each", "hash": {}, "fn": container.program(26, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 69, "column": 0 }, "end": { "line": 71, "column": 9 } } })) != null ? stack1 : "") + "</tbody></table>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "passingMore"), { "name": "if", "hash": {}, "fn": container.program(32, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 73, "column": 0 }, "end": { "line": 73, "column": 68 } } })) != null ? stack1 : "") + "\n</details>\n";
}, "32": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<p class="more">… ' + container.escapeExpression((helper = lookupProperty(helpers, "passingMore") || container.strict(depth0, "passingMore", { "start": { "line": 73, "column": 39 }, "end": { "line": 73, "column": 50 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "passingMore", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 37 }, "end": { "line": 73, "column": 52 } } }) : helper)) + " more</p>";
}, "34": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<details><summary>" + alias4((helper = lookupProperty(helpers, "icon") || alias1(depth0, "icon", { "start": { "line": 77, "column": 20 }, "end": { "line": 77, "column": 24 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "icon", "hash": {}, "data": data, "loc": { "start": { "line": 77, "column": 18 }, "end": { "line": 77, "column": 26 } } }) : helper)) + " Failing examples: " + alias4((helper = lookupProperty(helpers, "check") || alias1(depth0, "check", { "start": { "line": 77, "column": 47 }, "end": { "line": 77, "column": 52 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "check", "hash": {}, "data": data, "loc": { "start": { "line": 77, "column": 45 }, "end": { "line": 77, "column": 54 } } }) : helper)) + " (" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "more"), { "name": "if", "hash": {}, "fn": container.program(35, data, 0), "inverse": container.program(37, data, 0), "data": data, "loc": { "start": { "line": 77, "column": 56 }, "end": { "line": 77, "column": 114 } } })) != null ? stack1 : "") + ")</summary>\n<table>\n<thead><tr>" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "columns"), { "name": "each", "hash": {}, "fn": container.program(39, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 79, "column": 11 }, "end": { "line": 79, "column": 54 } } })) != null ? stack1 : "") + "</tr></thead>\n<tbody>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "rows"), { "name": "each", "hash": {}, "fn": container.program(41, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 81, "column": 0 }, "end": { "line": 83, "column": 9 } } })) != null ? stack1 : "") + "</tbody>\n</table>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "more"), { "name": "if", "hash": {}, "fn": container.program(44, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 86, "column": 0 }, "end": { "line": 86, "column": 63 } } })) != null ? stack1 : "") + "\n</details>\n";
}, "35": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return alias4((helper = lookupProperty(helpers, "shown") || alias1(depth0, "shown", { "start": { "line": 77, "column": 70 }, "end": { "line": 77, "column": 75 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "shown", "hash": {}, "data": data, "loc": { "start": { "line": 77, "column": 68 }, "end": { "line": 77, "column": 77 } } }) : helper)) + " of " + alias4((helper = lookupProperty(helpers, "total") || alias1(depth0, "total", { "start": { "line": 77, "column": 83 }, "end": { "line": 77, "column": 88 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "total", "hash": {}, "data": data, "loc": { "start": { "line": 77, "column": 81 }, "end": { "line": 77, "column": 90 } } }) : helper));
}, "37": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return container.escapeExpression((helper = lookupProperty(helpers, "total") || container.strict(depth0, "total", { "start": { "line": 77, "column": 100 }, "end": { "line": 77, "column": 105 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "total", "hash": {}, "data": data, "loc": { "start": { "line": 77, "column": 98 }, "end": { "line": 77, "column": 107 } } }) : helper));
}, "39": function(container, depth0, helpers, partials, data) {
  return "<th>" + container.escapeExpression(container.lambda(depth0, depth0)) + "</th>";
}, "41": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<tr>" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0, { "name": "each", "hash": {}, "fn": container.program(42, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 82, "column": 4 }, "end": { "line": 82, "column": 44 } } })) != null ? stack1 : "") + "</tr>\n";
}, "42": function(container, depth0, helpers, partials, data) {
  return "<td>" + container.escapeExpression(container.lambda(depth0, depth0)) + "</td>";
}, "44": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<p class="more">… ' + container.escapeExpression((helper = lookupProperty(helpers, "more") || container.strict(depth0, "more", { "start": { "line": 86, "column": 32 }, "end": { "line": 86, "column": 36 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "more", "hash": {}, "data": data, "loc": { "start": { "line": 86, "column": 30 }, "end": { "line": 86, "column": 38 } } }) : helper)) + " more examples</p>";
}, "46": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "text"), { "name": "if", "hash": {}, "fn": container.program(47, data, 0), "inverse": container.program(49, data, 0), "data": data, "loc": { "start": { "line": 90, "column": 0 }, "end": { "line": 115, "column": 7 } } })) != null ? stack1 : "";
}, "47": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<details><summary>" + alias4((helper = lookupProperty(helpers, "title") || alias1(depth0, "title", { "start": { "line": 91, "column": 20 }, "end": { "line": 91, "column": 25 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 91, "column": 18 }, "end": { "line": 91, "column": 27 } } }) : helper)) + "</summary>\n<pre>" + alias4((helper = lookupProperty(helpers, "text") || alias1(depth0, "text", { "start": { "line": 92, "column": 7 }, "end": { "line": 92, "column": 11 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 92, "column": 5 }, "end": { "line": 92, "column": 13 } } }) : helper)) + "</pre>\n</details>\n";
}, "49": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<figure class="' + alias4((helper = lookupProperty(helpers, "kind") || alias1(depth0, "kind", { "start": { "line": 95, "column": 17 }, "end": { "line": 95, "column": 21 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "kind", "hash": {}, "data": data, "loc": { "start": { "line": 95, "column": 15 }, "end": { "line": 95, "column": 23 } } }) : helper)) + '">\n<figcaption>' + alias4((helper = lookupProperty(helpers, "title") || alias1(depth0, "title", { "start": { "line": 96, "column": 14 }, "end": { "line": 96, "column": 19 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 96, "column": 12 }, "end": { "line": 96, "column": 21 } } }) : helper)) + "</figcaption>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "table"), { "name": "if", "hash": {}, "fn": container.program(50, data, 0), "inverse": container.program(54, data, 0), "data": data, "loc": { "start": { "line": 97, "column": 0 }, "end": { "line": 113, "column": 7 } } })) != null ? stack1 : "") + "</figure>\n";
}, "50": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "with").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "table"), { "name": "with", "hash": {}, "fn": container.program(51, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 98, "column": 0 }, "end": { "line": 108, "column": 9 } } })) != null ? stack1 : "";
}, "51": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<table>\n<thead><tr>" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "columns"), { "name": "each", "hash": {}, "fn": container.program(39, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 100, "column": 11 }, "end": { "line": 100, "column": 54 } } })) != null ? stack1 : "") + "</tr></thead>\n<tbody>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "rows"), { "name": "each", "hash": {}, "fn": container.program(41, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 102, "column": 0 }, "end": { "line": 104, "column": 9 } } })) != null ? stack1 : "") + "</tbody>\n</table>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "more"), { "name": "if", "hash": {}, "fn": container.program(52, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 107, "column": 0 }, "end": { "line": 107, "column": 59 } } })) != null ? stack1 : "") + "\n";
}, "52": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<p class="more">… ' + container.escapeExpression((helper = lookupProperty(helpers, "more") || container.strict(depth0, "more", { "start": { "line": 107, "column": 32 }, "end": { "line": 107, "column": 36 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "more", "hash": {}, "data": data, "loc": { "start": { "line": 107, "column": 30 }, "end": { "line": 107, "column": 38 } } }) : helper)) + " more rows</p>";
}, "54": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "drawing"), { "name": "if", "hash": {}, "fn": container.program(55, data, 0), "inverse": container.program(57, data, 0), "data": data, "loc": { "start": { "line": 109, "column": 0 }, "end": { "line": 113, "column": 0 } } })) != null ? stack1 : "";
}, "55": function(container, depth0, helpers, partials, data) {
  var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return ((stack1 = (helper = lookupProperty(helpers, "drawing") || container.strict(depth0, "drawing", { "start": { "line": 110, "column": 3 }, "end": { "line": 110, "column": 10 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "drawing", "hash": {}, "data": data, "loc": { "start": { "line": 110, "column": 0 }, "end": { "line": 110, "column": 13 } } }) : helper)) != null ? stack1 : "") + "\n";
}, "57": function(container, depth0, helpers, partials, data) {
  return '<p class="note">No data to show.</p>\n';
}, "59": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<details><summary>Lineage and artifacts</summary>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "lineage"), "length"), { "name": "if", "hash": {}, "fn": container.program(60, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 119, "column": 0 }, "end": { "line": 126, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "artifacts"), "length"), { "name": "if", "hash": {}, "fn": container.program(68, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 127, "column": 0 }, "end": { "line": 134, "column": 7 } } })) != null ? stack1 : "") + "</details>\n";
}, "60": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<table><thead><tr><th>Lineage</th><th>Value</th></tr></thead><tbody>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "lineage"), { "name": "each", "hash": {}, "fn": container.program(61, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 121, "column": 0 }, "end": { "line": 123, "column": 9 } } })) != null ? stack1 : "") + "</tbody></table>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "lineageMore"), { "name": "if", "hash": {}, "fn": container.program(66, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 125, "column": 0 }, "end": { "line": 125, "column": 68 } } })) != null ? stack1 : "") + "\n";
}, "61": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<tr><td>" + container.escapeExpression((helper = lookupProperty(helpers, "label") || container.strict(depth0, "label", { "start": { "line": 122, "column": 10 }, "end": { "line": 122, "column": 15 } }), typeof helper === "function" ? helper.call(alias1, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 122, "column": 8 }, "end": { "line": 122, "column": 17 } } }) : helper)) + "</td><td>" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "url"), { "name": "if", "hash": {}, "fn": container.program(62, data, 0), "inverse": container.program(64, data, 0), "data": data, "loc": { "start": { "line": 122, "column": 26 }, "end": { "line": 122, "column": 92 } } })) != null ? stack1 : "") + "</td></tr>\n";
}, "62": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<a href="' + alias4((helper = lookupProperty(helpers, "url") || alias1(depth0, "url", { "start": { "line": 122, "column": 48 }, "end": { "line": 122, "column": 51 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "url", "hash": {}, "data": data, "loc": { "start": { "line": 122, "column": 46 }, "end": { "line": 122, "column": 53 } } }) : helper)) + '">' + alias4((helper = lookupProperty(helpers, "value") || alias1(depth0, "value", { "start": { "line": 122, "column": 57 }, "end": { "line": 122, "column": 62 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "value", "hash": {}, "data": data, "loc": { "start": { "line": 122, "column": 55 }, "end": { "line": 122, "column": 64 } } }) : helper)) + "</a>";
}, "64": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return container.escapeExpression((helper = lookupProperty(helpers, "value") || container.strict(depth0, "value", { "start": { "line": 122, "column": 78 }, "end": { "line": 122, "column": 83 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "value", "hash": {}, "data": data, "loc": { "start": { "line": 122, "column": 76 }, "end": { "line": 122, "column": 85 } } }) : helper));
}, "66": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<p class="more">… ' + container.escapeExpression((helper = lookupProperty(helpers, "lineageMore") || container.strict(depth0, "lineageMore", { "start": { "line": 125, "column": 39 }, "end": { "line": 125, "column": 50 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "lineageMore", "hash": {}, "data": data, "loc": { "start": { "line": 125, "column": 37 }, "end": { "line": 125, "column": 52 } } }) : helper)) + " more</p>";
}, "68": function(container, depth0, helpers, partials, data) {
  var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<table><thead><tr><th>Artifact</th><th>Path</th><th>Digest</th><th class="num">Size</th></tr></thead><tbody>\n' + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "artifacts"), { "name": "each", "hash": {}, "fn": container.program(69, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 129, "column": 0 }, "end": { "line": 131, "column": 9 } } })) != null ? stack1 : "") + "</tbody></table>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "artifactsMore"), { "name": "if", "hash": {}, "fn": container.program(71, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 133, "column": 0 }, "end": { "line": 133, "column": 72 } } })) != null ? stack1 : "") + "\n";
}, "69": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<tr><td>" + alias4((helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 130, "column": 10 }, "end": { "line": 130, "column": 14 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 130, "column": 8 }, "end": { "line": 130, "column": 16 } } }) : helper)) + "</td><td>" + alias4((helper = lookupProperty(helpers, "path") || alias1(depth0, "path", { "start": { "line": 130, "column": 27 }, "end": { "line": 130, "column": 31 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "path", "hash": {}, "data": data, "loc": { "start": { "line": 130, "column": 25 }, "end": { "line": 130, "column": 33 } } }) : helper)) + "</td><td>" + alias4((helper = lookupProperty(helpers, "digest") || alias1(depth0, "digest", { "start": { "line": 130, "column": 44 }, "end": { "line": 130, "column": 50 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "digest", "hash": {}, "data": data, "loc": { "start": { "line": 130, "column": 42 }, "end": { "line": 130, "column": 52 } } }) : helper)) + '</td><td class="num">' + alias4((helper = lookupProperty(helpers, "size") || alias1(depth0, "size", { "start": { "line": 130, "column": 75 }, "end": { "line": 130, "column": 79 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "size", "hash": {}, "data": data, "loc": { "start": { "line": 130, "column": 73 }, "end": { "line": 130, "column": 81 } } }) : helper)) + "</td></tr>\n";
}, "71": function(container, depth0, helpers, partials, data) {
  var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<p class="more">… ' + container.escapeExpression((helper = lookupProperty(helpers, "artifactsMore") || container.strict(depth0, "artifactsMore", { "start": { "line": 133, "column": 41 }, "end": { "line": 133, "column": 54 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "artifactsMore", "hash": {}, "data": data, "loc": { "start": { "line": 133, "column": 39 }, "end": { "line": 133, "column": 56 } } }) : helper)) + " more</p>";
}, "73": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<span>Generated " + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0, "footer"), "generatedAt", { "start": { "line": 140, "column": 44 }, "end": { "line": 140, "column": 62 } }), depth0)) + "</span>";
}, "75": function(container, depth0, helpers, partials, data) {
  var lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<span>commit " + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0, "footer"), "commit", { "start": { "line": 141, "column": 36 }, "end": { "line": 141, "column": 49 } }), depth0)) + "</span>";
}, "77": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<span>" + ((stack1 = lookupProperty(helpers, "with").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "footer"), "run"), { "name": "with", "hash": {}, "fn": container.program(78, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 142, "column": 24 }, "end": { "line": 142, "column": 126 } } })) != null ? stack1 : "") + "</span>";
}, "78": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "url"), { "name": "if", "hash": {}, "fn": container.program(79, data, 0), "inverse": container.program(81, data, 0), "data": data, "loc": { "start": { "line": 142, "column": 44 }, "end": { "line": 142, "column": 117 } } })) != null ? stack1 : "";
}, "79": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return '<a href="' + alias4((helper = lookupProperty(helpers, "url") || alias1(depth0, "url", { "start": { "line": 142, "column": 66 }, "end": { "line": 142, "column": 69 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "url", "hash": {}, "data": data, "loc": { "start": { "line": 142, "column": 64 }, "end": { "line": 142, "column": 71 } } }) : helper)) + '">' + alias4((helper = lookupProperty(helpers, "text") || alias1(depth0, "text", { "start": { "line": 142, "column": 75 }, "end": { "line": 142, "column": 79 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 142, "column": 73 }, "end": { "line": 142, "column": 81 } } }) : helper)) + "</a>";
}, "81": function(container, depth0, helpers, partials, data) {
  var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return alias4((helper = lookupProperty(helpers, "text") || alias1(depth0, "text", { "start": { "line": 142, "column": 95 }, "end": { "line": 142, "column": 99 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 142, "column": 93 }, "end": { "line": 142, "column": 101 } } }) : helper)) + ": " + alias4((helper = lookupProperty(helpers, "raw") || alias1(depth0, "raw", { "start": { "line": 142, "column": 105 }, "end": { "line": 142, "column": 108 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "raw", "hash": {}, "data": data, "loc": { "start": { "line": 142, "column": 103 }, "end": { "line": 142, "column": 110 } } }) : helper));
}, "83": function(container, depth0, helpers, partials, data) {
  var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return "<span>" + ((stack1 = lookupProperty(helpers, "with").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "footer"), "report"), { "name": "with", "hash": {}, "fn": container.program(78, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 143, "column": 27 }, "end": { "line": 143, "column": 132 } } })) != null ? stack1 : "") + "</span>";
}, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
  var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, alias5 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
      return parent[propertyName];
    }
    return void 0;
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>` + alias4((helper = lookupProperty(helpers, "title") || alias1(depth0, "title", { "start": { "line": 8, "column": 9 }, "end": { "line": 8, "column": 14 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 7 }, "end": { "line": 8, "column": 16 } } }) : helper)) + ": " + alias4(alias5(alias1(lookupProperty(depth0, "verdict"), "text", { "start": { "line": 8, "column": 20 }, "end": { "line": 8, "column": 32 } }), depth0)) + "</title>\n<style>" + ((stack1 = (helper = lookupProperty(helpers, "style") || alias1(depth0, "style", { "start": { "line": 9, "column": 10 }, "end": { "line": 9, "column": 15 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "style", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 7 }, "end": { "line": 9, "column": 18 } } }) : helper)) != null ? stack1 : "") + '</style>\n</head>\n<body>\n<main>\n<header class="verdict ' + alias4((helper = lookupProperty(helpers, "verdictClass") || alias1(depth0, "verdictClass", { "start": { "line": 13, "column": 25 }, "end": { "line": 13, "column": 37 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "verdictClass", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 23 }, "end": { "line": 13, "column": 39 } } }) : helper)) + '">\n<h1><span aria-hidden="true">' + alias4(alias5(alias1(lookupProperty(depth0, "verdict"), "icon", { "start": { "line": 14, "column": 31 }, "end": { "line": 14, "column": 43 } }), depth0)) + "</span> " + alias4((helper = lookupProperty(helpers, "title") || alias1(depth0, "title", { "start": { "line": 14, "column": 55 }, "end": { "line": 14, "column": 60 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 53 }, "end": { "line": 14, "column": 62 } } }) : helper)) + ": " + alias4(alias5(alias1(lookupProperty(depth0, "verdict"), "text", { "start": { "line": 14, "column": 66 }, "end": { "line": 14, "column": 78 } }), depth0)) + "</h1>\n</header>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "empty"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(3, data, 0), "data": data, "loc": { "start": { "line": 16, "column": 0 }, "end": { "line": 27, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "sections"), { "name": "each", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 28, "column": 0 }, "end": { "line": 138, "column": 9 } } })) != null ? stack1 : "") + "<footer>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "footer"), "generatedAt"), { "name": "if", "hash": {}, "fn": container.program(73, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 140, "column": 0 }, "end": { "line": 140, "column": 78 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "footer"), "commit"), { "name": "if", "hash": {}, "fn": container.program(75, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 141, "column": 0 }, "end": { "line": 141, "column": 65 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "footer"), "run"), { "name": "if", "hash": {}, "fn": container.program(77, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 142, "column": 0 }, "end": { "line": 142, "column": 140 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "footer"), "report"), { "name": "if", "hash": {}, "fn": container.program(83, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 143, "column": 0 }, "end": { "line": 143, "column": 146 } } })) != null ? stack1 : "") + "\n</footer>\n</main>\n</body>\n</html>\n";
}, "useData": true };

// packages/report/src/html-report.ts
var HTML_LIMITS = { examples: 100, rows: 5e3 };
var template = htmlTemplate(HTML_REPORT_SPEC);
function renderHtml(envelopes, options) {
  return stripControlCharacters(template(htmlView(buildReportModel(envelopes, options, HTML_LIMITS))));
}
function htmlView(model) {
  return {
    ...model,
    style: HTML_STYLE,
    verdictClass: model.empty ? "none" : model.status,
    sections: model.sections.map((section2, s) => ({
      ...section2,
      forestPlot: section2.deltas.length > 0 ? forestPlotSvg(section2.deltas) : null,
      details: section2.details.map((detail, d) => detailView(detail, `${s + 1}-${d + 1}`))
    }))
  };
}
var DRAWINGS = {
  "bar-chart": barChartSvg,
  "line-chart": lineChartSvg,
  distribution: distributionSvg,
  "xy-chart": xyChartSvg,
  "confusion-matrix": confusionMatrixSvg,
  "text-diff": textDiffHtml,
  "case-comparison": (detail, key) => caseComparisonHtml(detail, key, HTML_LIMITS.examples)
};
function detailView(detail, key) {
  const draw = DRAWINGS[detail.source.type];
  return {
    title: detail.title,
    kind: detail.source.type,
    table: detail.table,
    text: detail.text,
    drawing: draw ? draw(detail.source, key) : null
  };
}

// packages/report/src/preformatted-text.ts
function preformattedText(text) {
  const body = escapeMarkdownCharacters(text.replace(/\r\n?/g, "\n").replace(/\n+$/, ""));
  return `<pre>${body}</pre>`;
}

// packages/report/src/text-forest-plot.ts
var LABEL = 22;
var HALF = 12;
var PLOT = 2 * HALF + 1;
function column(text, width) {
  const chars = [...text.replace(/\s+/g, " ")];
  const shown = chars.length > width ? [...chars.slice(0, width - 1), "…"] : chars;
  return shown.join("") + " ".repeat(width - shown.length);
}
function directionWord(point) {
  if (isNoise(point.delta)) return "noise";
  const { direction } = point.delta;
  return direction === "better" || direction === "worse" ? direction : "changed";
}
function plotCells(point, reach) {
  const { delta } = point;
  const at = (value) => HALF + Math.max(-HALF, Math.min(HALF, Math.round(value / reach * HALF)));
  const noise = isNoise(delta);
  const cells = Array.from({ length: PLOT }, (_, i) => i === HALF ? "│" : " ");
  if (delta.ci) {
    const low = at(delta.ci.lower);
    const high = at(delta.ci.upper);
    for (let i = low; i <= high; i++) cells[i] = i === HALF ? "┼" : noise ? "╌" : "─";
    if (high > low) {
      cells[low] = "├";
      cells[high] = "┤";
    }
  }
  cells[at(delta.value)] = noise ? "○" : "●";
  return cells.join("");
}
function textForestPlot(points, more = 0, labelWidth = LABEL) {
  const reachOf = familyReach(points);
  const lines = [`${" ".repeat(labelWidth + 1 + HALF)}0`];
  const several = new Set(points.map((point) => point.evaluation)).size > 1;
  for (const point of points) {
    const gate = point.gate ? ` · gate ${checkLabel(point.gate).word}` : "";
    const source = several ? ` · ${point.evaluation}` : "";
    const interval = formatDelta(point.delta.value, point.unit, point.delta.ci);
    lines.push(
      `${column(point.name, labelWidth)} ${plotCells(point, reachOf(point))}  ${interval}  ${directionWord(point)}${gate}${source}`
    );
  }
  const scales = /* @__PURE__ */ new Map();
  for (const point of points) {
    const family = scaleFamily(point.unit);
    if (scales.has(family)) continue;
    scales.set(family, formatDelta(reachOf(point), point.unit).replace(/^\+/, "±"));
  }
  lines.push(`plot edges: ${[...scales.values()].join(" · ")}`);
  if (more > 0) lines.push(`… ${plural(more, "more gated change")} in the evaluations below`);
  return lines.map((line) => line.replace(/[\r\n\u2028\u2029]+/g, " ")).join("\n");
}

// packages/report/src/markdown-report.ts
var MARKDOWN_LIMITS = {
  comment: { examples: 5, rows: 50 },
  summary: { examples: 20, rows: 500 }
};
var template2 = markdownTemplate(MARKDOWN_REPORT_SPEC);
function renderMarkdown(envelopes, options) {
  const limits = MARKDOWN_LIMITS[options.flavor];
  return stripControlCharacters(template2(markdownView(buildReportModel(envelopes, options, limits), limits)));
}
var UNBROKEN = 32;
function unbroken(text) {
  return [...text].length <= UNBROKEN ? text.replace(/ /g, " ") : text;
}
function markdownView(model, limits) {
  const { shown, more } = model.decisive;
  return {
    ...model,
    attention: model.attention.map(withLabel),
    decisivePlot: shown.length > 0 ? preformattedText(textForestPlot(shown, more)) : null,
    sections: model.sections.map((section2) => ({
      ...section2,
      metrics: section2.metrics.map(metricView),
      attention: section2.attention.map(withLabel),
      passing: section2.passing.map(withLabel),
      details: section2.details.filter((detail) => !HTML_ONLY.has(detail.source.type)).map((detail) => detailView2(detail, limits))
    })),
    footer: footer(model.footer)
  };
}
function withLabel(row) {
  return { ...row, label: unbroken(`${row.icon} ${row.word}`) };
}
function metricView(row) {
  return {
    ...row,
    value: unbroken(row.value),
    baseline: unbroken(row.baseline),
    delta: unbroken(row.delta),
    deltaLabel: unbroken(row.deltaLabel)
  };
}
var HTML_ONLY = /* @__PURE__ */ new Set([
  "distribution",
  "xy-chart",
  "confusion-matrix",
  "text-diff",
  "case-comparison"
]);
function detailView2(detail, limits) {
  return {
    title: detail.title,
    table: detail.table,
    text: detail.text === null ? null : preformattedText(detail.text),
    chart: chartTable(detail.source, limits)
  };
}
function chartTable(source, limits) {
  const cell = (value) => formatNumber(value ?? null);
  if (source.type === "bar-chart") {
    const rows = source.labels.slice(0, limits.rows).map((label, i) => [label, cell(source.values[i])]);
    const notes = source.threshold === void 0 ? [] : [`threshold ${formatNumber(source.threshold)}`];
    return {
      ...dropEmptyColumns({ columns: ["", source.unit ?? "value"], rows }),
      more: Math.max(0, source.labels.length - limits.rows),
      notes
    };
  }
  if (source.type === "line-chart") {
    const series = source.series.slice(0, MAX_SERIES);
    const rows = source.labels.slice(0, limits.rows).map((label, i) => [label, ...series.map((s) => cell(s.values[i]))]);
    const notes = source.unit ? [`values in ${source.unit}`] : [];
    const omitted = source.series.length - series.length;
    if (omitted > 0) notes.push(`${plural(omitted, "more series", "more series")} in the full report`);
    return {
      ...dropEmptyColumns({ columns: ["", ...series.map((s) => s.name)], rows }),
      more: Math.max(0, source.labels.length - limits.rows),
      notes
    };
  }
  return null;
}
function link(target) {
  if (target.url) return `[${escapeMarkdown(target.text)}](${target.url})`;
  return `${escapeMarkdown(target.text)}: ${escapeMarkdown(target.raw)}`;
}
function footer(parts) {
  const pieces = [];
  if (parts.generatedAt) pieces.push(`Generated ${escapeMarkdown(parts.generatedAt)}`);
  if (parts.commit) pieces.push(`commit ${escapeMarkdown(parts.commit)}`);
  if (parts.run) pieces.push(link(parts.run));
  if (parts.report) pieces.push(link(parts.report));
  return pieces.length > 0 ? pieces.join(" · ") : null;
}

// packages/report/src/metrics-forest-plot.ts
var MAX_LABEL = 48;
function metricsForestPlot(metrics, checks, rows) {
  const points = [];
  for (const [name, metric] of Object.entries(metrics)) {
    const delta = metricDelta(metric);
    if (delta) points.push({ name, unit: metric.unit, delta, evaluation: "", gate: gateOf(checks, name) });
  }
  if (points.length === 0) return void 0;
  const shown = orderDeltas(points).slice(0, rows);
  const width = Math.min(MAX_LABEL, Math.max(...shown.map((p) => [...p.name].length)));
  const plot = textForestPlot(shown, 0, width);
  return points.length > rows ? `${plot}
… ${plural(points.length - rows, "more change")} in the metrics table` : plot;
}

export {
  overallStatus,
  renderHtml,
  renderMarkdown,
  metricsForestPlot
};
