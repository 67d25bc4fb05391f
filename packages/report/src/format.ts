/**
 * Number and label formatting shared by the Markdown and HTML renderers. Output is plain text; the
 * renderers escape it like any other string.
 */

const MINUS = "\u2212";

/** Units whose values are fractions of one and read better as percentages. */
export const FRACTION_UNITS = new Set(["ratio", "rate", "fraction", "proportion"]);

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function trimZeros(text: string): string {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

function formatMagnitude(abs: number): string {
  if (abs === 0) return "0";
  if (abs >= 1e15)
    return abs
      .toExponential(3)
      .replace(/\.?0+e/, "e")
      .replace("e+", "e");
  if (abs >= 1e4 || Number.isInteger(abs)) return groupThousands(Math.round(abs).toString());
  if (abs < 1e-4) return abs.toExponential(2).replace(/\.?0+e/, "e");
  const text = trimZeros(abs.toPrecision(4));
  return abs >= 1000 ? groupThousands(text) : text;
}

/** 4 significant digits, thousands grouped, a real minus sign, `—` for a missing value. */
export function formatNumber(value: number | null | undefined, options: { signed?: boolean } = {}): string {
  if (value === null || value === undefined) return "—";
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : `${MINUS}∞`;
  const body = formatMagnitude(Math.abs(value));
  if (value < 0 && body !== "0") return MINUS + body;
  return options.signed && value > 0 ? `+${body}` : body;
}

interface UnitStyle {
  scale: number;
  /** Appended to a value. */
  suffix: string;
  /** Appended to a difference between two values. */
  deltaSuffix: string;
}

function unitStyle(unit: string | undefined): UnitStyle {
  if (unit === "%") return { scale: 1, suffix: "%", deltaSuffix: " pp" };
  if (unit !== undefined && FRACTION_UNITS.has(unit)) return { scale: 100, suffix: "%", deltaSuffix: " pp" };
  if (unit) return { scale: 1, suffix: ` ${unit}`, deltaSuffix: ` ${unit}` };
  return { scale: 1, suffix: "", deltaSuffix: "" };
}

interface IntervalLike {
  lower: number;
  upper: number;
}

function scaled(value: number | null, scale: number): number | null {
  return value === null ? null : value * scale;
}

/** `0.912 [0.901, 0.923]`, `91.2% [90.1, 92.3]` or `120 ms [110, 131]`: the unit follows the value only. */
export function formatValue(value: number | null, unit: string | undefined, ci?: IntervalLike): string {
  if (value === null) return "—";
  const style = unitStyle(unit);
  let text = formatNumber(value * style.scale) + style.suffix;
  if (ci) text += ` [${formatNumber(ci.lower * style.scale)}, ${formatNumber(ci.upper * style.scale)}]`;
  return text;
}

/** A signed difference; percentages become percentage points. */
export function formatDelta(delta: number, unit: string | undefined, ci?: IntervalLike): string {
  const style = unitStyle(unit);
  const signed = (v: number | null) => formatNumber(scaled(v, style.scale), { signed: true });
  let text = signed(delta) + style.deltaSuffix;
  if (ci) text += ` [${signed(ci.lower)}, ${signed(ci.upper)}]`;
  return text;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${trimZeros(seconds.toFixed(1))} s`;
  const totalSeconds = Math.round(seconds);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  if (hours > 0) return `${hours} h ${minutes} min`;
  return `${minutes} min ${totalSeconds % 60} s`;
}

export function formatBytes(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : trimZeros(value.toFixed(1))} ${units[unit]}`;
}

/** `sha256:<64 hex>` or bare hex → `sha256:1a2b3c4d5e6f`; anything else is shown as given. */
export function shortDigest(digest: string): string {
  const match = /^(?:(sha256):)?([0-9a-f]{13,})$/i.exec(digest);
  if (!match) return digest;
  return `${match[1] ?? "sha256"}:${match[2]!.slice(0, 12)}`;
}

/** Git object ids are shown at the length `git log --oneline` uses. */
export function shortSha(sha: string): string {
  return /^[0-9a-f]{8,40}$/i.test(sha) ? sha.slice(0, 7) : sha;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

export function formatScalar(value: string | number | boolean | null | undefined): string {
  if (value === undefined || value === null) return "—";
  if (typeof value === "number") return formatNumber(value);
  return String(value);
}
