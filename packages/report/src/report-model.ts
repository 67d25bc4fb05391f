import { type Check, checkEffect, type Detail, type Envelope, type Status } from "@mlops/core";
import { type DeltaPoint, decisiveDeltas, gateOf, isNoise, orderDeltas } from "./delta-order.ts";
import {
  formatBytes,
  formatDelta,
  formatDuration,
  formatNumber,
  formatScalar,
  formatValue,
  plural,
  shortDigest,
  shortSha,
} from "./format.ts";
import { deltaLabel, metricDelta, NOISE_NOTE } from "./metric-delta.ts";
import { safeUrl } from "./safe-url.ts";
import { checkLabel, needsAttention, orderChecks, severityWord, statusLabel } from "./status-labels.ts";
import { dropEmptyColumns, filledColumns } from "./table-columns.ts";
import { countChecks, orderEnvelopes, overallStatus, verdictText } from "./verdict.ts";

/**
 * What a report says, as plain unescaped text, shared by the Markdown and HTML renderers. Every string
 * here may hold untrusted content; the templates escape it.
 */

export interface ReportOptions {
  /** Default "mlops report". */
  title?: string;
  /** Link to the full report (the artifact), shown in the footer. */
  reportUrl?: string;
  /** The workflow run. */
  runUrl?: string;
  commitSha?: string;
  /** ISO time shown in the footer; passed in so that output is deterministic. */
  generatedAt?: string;
}

/** How much of long lists a report shows; the rest is counted as "… N more". */
export interface Limits {
  /** Failing examples shown per check. */
  examples: number;
  /** Rows shown per table. */
  rows: number;
}

export interface Link {
  text: string;
  /** The address as given, shown when it is not safe to link. */
  raw: string;
  /** null when the address is not a safe http(s) URL: then it is shown as text. */
  url: string | null;
}

export interface VerdictRow {
  anchor: string;
  icon: string;
  word: string;
  title: string;
  subject: string;
  digest: string | null;
  failed: number;
  warnings: number;
  inconclusive: number;
  summary: string;
}

export interface MetricRow {
  name: string;
  value: string;
  baseline: string;
  /** What the baseline is, e.g. "champion 1.3.2". */
  baselineLabel: string | null;
  delta: string;
  /** Better, worse or noise, in an icon and a word; empty when the metric has no preferred direction. */
  deltaLabel: string;
  direction: string;
  n: string;
}

/** Which optional columns of a table have anything in them. */
export type MetricColumns = Record<"baseline" | "delta" | "n", boolean>;
export type CheckColumns = Record<"observed" | "expected" | "message", boolean>;

/** A blocking item or a warning, for the first screen: which evaluation, which check, observed vs expected. */
export interface AttentionRow {
  anchor: string;
  icon: string;
  word: string;
  evaluation: string;
  check: string;
  observed: string;
  expected: string;
}

export interface CheckRow {
  icon: string;
  word: string;
  status: Check["status"];
  title: string;
  location: string | null;
  severity: string;
  observed: string;
  expected: string;
  message: string;
}

export interface ExampleBlock {
  icon: string;
  word: string;
  check: string;
  columns: string[];
  rows: string[][];
  shown: number;
  total: number;
  more: number;
}

export interface TableView {
  columns: string[];
  rows: string[][];
  more: number;
}

export interface DetailModel {
  title: string;
  source: Detail;
  table: TableView | null;
  text: string | null;
}

export interface NamedValue {
  label: string;
  value: string;
  url: string | null;
}

export interface ArtifactRow {
  name: string;
  path: string;
  digest: string;
  size: string;
}

export interface SectionModel {
  anchor: string;
  status: Status;
  icon: string;
  word: string;
  title: string;
  /** One line for the folded evaluation: its own summary, else its error, else its check counts. */
  headline: string;
  meta: string[];
  summary: string | null;
  error: { message: string; hint: string | null } | null;
  metrics: MetricRow[];
  metricColumns: MetricColumns;
  metricsMore: number;
  metricNotes: string[];
  deltas: DeltaPoint[];
  checkSummary: string;
  attention: CheckRow[];
  attentionColumns: CheckColumns;
  attentionMore: number;
  passing: CheckRow[];
  passingColumns: CheckColumns;
  passingCount: number;
  passingSummary: string;
  passingMore: number;
  examples: ExampleBlock[];
  details: DetailModel[];
  lineage: NamedValue[];
  lineageMore: number;
  artifacts: ArtifactRow[];
  artifactsMore: number;
  hasProvenance: boolean;
}

export interface ReportModel {
  title: string;
  status: Status;
  empty: boolean;
  verdict: { icon: string; text: string };
  /** Blocking items first, then warnings, across every evaluation; at most `FIRST_SCREEN_ITEMS`. */
  attention: AttentionRow[];
  attentionColumns: Pick<CheckColumns, "observed" | "expected">;
  attentionMore: number;
  /** The changes gates judged, what matters first. */
  decisive: { shown: DeltaPoint[]; more: number };
  rows: VerdictRow[];
  sections: SectionModel[];
  footer: { generatedAt: string | null; commit: string | null; run: Link | null; report: Link | null };
}

export function buildReportModel(
  envelopes: readonly Envelope[],
  options: ReportOptions,
  limits: Limits,
): ReportModel {
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
      run: options.runUrl
        ? { text: "workflow run", raw: options.runUrl, url: safeUrl(options.runUrl) }
        : null,
      report: options.reportUrl
        ? { text: "full report", raw: options.reportUrl, url: safeUrl(options.reportUrl) }
        : null,
    },
  };
}

/** Rows of blocking items and warnings the first screen lists before the rest is folded away. */
export const FIRST_SCREEN_ITEMS = 8;

/** Long cells are cut on the first screen so that it stays one screen; the folded evaluation has them whole. */
const FIRST_SCREEN_CELL = 80;

function clip(text: string): string {
  const chars = [...text];
  return chars.length > FIRST_SCREEN_CELL ? `${chars.slice(0, FIRST_SCREEN_CELL - 1).join("")}…` : text;
}

interface RankedAttention {
  blocking: boolean;
  row: AttentionRow;
}

function attentionRows(envelope: Envelope, anchor: string): RankedAttention[] {
  const evaluation = clip(titleOf(envelope));
  const rows: RankedAttention[] = [];
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
        expected: "",
      },
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
        observed: clip(check.observed === undefined ? "" : formatScalar(check.observed)),
        expected: clip(check.expected === undefined ? "" : formatScalar(check.expected)),
      },
    });
  }
  return rows;
}

/** Blocking items before warnings; otherwise evaluations worst first, as the sections are. */
function orderAttention(rows: readonly RankedAttention[]): RankedAttention[] {
  return [...rows.filter((r) => r.blocking), ...rows.filter((r) => !r.blocking)];
}

function anchorOf(index: number): string {
  return `evaluation-${index + 1}`;
}

function titleOf(envelope: Envelope): string {
  return envelope.title ?? `${envelope.kind}: ${envelope.subject.name}`;
}

function subjectLabel(subject: { name: string; version?: string | undefined }): string {
  return subject.version ? `${subject.name}@${subject.version}` : subject.name;
}

function verdictRow(envelope: Envelope, anchor: string): VerdictRow {
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
    summary: envelope.summary ?? envelope.error?.message ?? "",
  };
}

function section(envelope: Envelope, anchor: string, limits: Limits): SectionModel {
  const label = statusLabel(envelope.status);
  const metrics = metricSection(envelope, limits);
  const checks = orderChecks(envelope.checks);
  const attention = checks.filter(needsAttention);
  const passing = checks.filter((c) => !needsAttention(c));
  const lineage = lineageRows(envelope);
  const attentionRows = attention.slice(0, limits.rows).map(checkRow);
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
    attention: attentionRows,
    attentionColumns: filledColumns(attentionRows, CHECK_COLUMNS),
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
      size: a.bytes === undefined ? "—" : formatBytes(a.bytes),
    })),
    artifactsMore: Math.max(0, envelope.artifacts.length - limits.rows),
    hasProvenance: lineage.length > 0 || envelope.artifacts.length > 0,
  };
}

const CHECK_COLUMNS = ["observed", "expected", "message"] as const;

function metaOf(envelope: Envelope): string[] {
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

function metricSection(
  envelope: Envelope,
  limits: Limits,
): Pick<SectionModel, "metrics" | "metricColumns" | "metricsMore" | "metricNotes" | "deltas"> {
  const entries = Object.entries(envelope.metrics);
  const rows: MetricRow[] = [];
  const deltas: DeltaPoint[] = [];
  const intervals = new Map<number, Set<string>>();
  for (const [name, metric] of entries) {
    const delta = metricDelta(metric);
    if (delta) {
      deltas.push({
        name,
        unit: metric.unit,
        delta,
        evaluation: titleOf(envelope),
        gate: gateOf(envelope.checks, name),
      });
    }
    for (const ci of [metric.ci, metric.baseline?.ci, metric.delta?.ci]) {
      if (!ci) continue;
      const methods = intervals.get(ci.level) ?? new Set<string>();
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
      n: metric.n === undefined ? "—" : formatNumber(metric.n),
    });
  }
  const notes: string[] = [];
  for (const [name, metric] of entries) {
    if (metric.value === null && metric.unavailable)
      notes.push(`${name}: not computed — ${metric.unavailable}`);
  }
  if (intervals.size > 0) {
    const levels = [...intervals].map(
      ([level, methods]) =>
        `${formatNumber(level * 100)}%${methods.size > 0 ? ` (${[...methods].join("; ")})` : ""}`,
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
    deltas: orderDeltas(deltas),
  };
}

function checkSummary(envelope: Envelope): string {
  const counts = countChecks(envelope);
  if (counts.total === 0) return "no checks";
  const parts: string[] = [];
  if (counts.failed > 0) parts.push(`${counts.failed} failed`);
  if (counts.warnings > 0) parts.push(plural(counts.warnings, "warning"));
  if (counts.inconclusive > 0) parts.push(`${counts.inconclusive} with insufficient data`);
  if (counts.passed > 0) parts.push(`${counts.passed} passed`);
  if (counts.skipped > 0) parts.push(`${counts.skipped} skipped`);
  return parts.join(", ");
}

function passingSummary(checks: readonly Check[]): string {
  const passed = checks.filter((c) => c.status === "pass").length;
  const skipped = checks.length - passed;
  return [passed > 0 ? `${passed} passed` : "", skipped > 0 ? `${skipped} skipped` : ""]
    .filter(Boolean)
    .join(", ");
}

function checkRow(check: Check): CheckRow {
  const label = checkLabel(check);
  const { location } = check;
  return {
    icon: label.icon,
    word: label.word,
    status: check.status,
    title: check.title || check.id,
    location: location
      ? `${location.file}${location.line ? `:${location.line}${location.column ? `:${location.column}` : ""}` : ""}`
      : null,
    severity: severityWord(check.severity),
    observed: check.observed === undefined ? "" : formatScalar(check.observed),
    expected: check.expected === undefined ? "" : formatScalar(check.expected),
    message: check.message ?? "",
  };
}

function exampleBlock(check: Check, limits: Limits): ExampleBlock[] {
  const examples = check.examples ?? [];
  if (examples.length === 0) return [];
  const shown = examples.slice(0, limits.examples);
  const columns = [...new Set(shown.flatMap((example) => Object.keys(example)))];
  if (columns.length === 0) return [];
  const label = checkLabel(check);
  // In a failing example a missing value is usually the evidence: it is named, not shown as a blank dash.
  const cell = (value: string | number | boolean | null | undefined) =>
    value === null ? "(missing)" : formatScalar(value);
  return [
    {
      icon: label.icon,
      word: label.word,
      check: check.title || check.id,
      columns,
      rows: shown.map((example) => columns.map((column) => cell(example[column]))),
      shown: shown.length,
      total: examples.length,
      more: examples.length - shown.length,
    },
  ];
}

function detailModel(detail: Detail, limits: Limits): DetailModel {
  switch (detail.type) {
    case "table":
      if (detail.columns.length === 0)
        return { title: detail.title, source: detail, table: null, text: null };
      return {
        title: detail.title,
        source: detail,
        table: dropEmptyColumns({
          columns: detail.columns,
          rows: detail.rows
            .slice(0, limits.rows)
            .map((row) => detail.columns.map((_, i) => formatScalar(row[i]))),
          more: Math.max(0, detail.rows.length - limits.rows),
        }),
        text: null,
      };
    case "text":
      return { title: detail.title, source: detail, table: null, text: detail.text };
    default:
      return { title: detail.title, source: detail, table: null, text: null };
  }
}

function lineageRows(envelope: Envelope): NamedValue[] {
  const { lineage } = envelope;
  const rows: NamedValue[] = [];
  const add = (label: string, value: string, url: string | null = null) => rows.push({ label, value, url });
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
