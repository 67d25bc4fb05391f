import type { DriftSample } from "@mlops/stats";
import { percent } from "./check-builder.ts";
import { distinctNumbers } from "./distinct-numbers.ts";

/**
 * What changed in a drifted column, in its own values rather than a test statistic: for a column of two
 * values, the share of its positive one (the larger number; for text, the reference's rarer value) —
 * the positive rate of a label; for categories, the values new in the data and those gone from it with
 * their counts, else the category whose share moved most. Numeric columns get their mean and range.
 */

/** Named categories per list; the rest are counted. */
const SHOWN = 5;

export interface NumberSummary {
  mean: string;
  min: string;
  max: string;
}

export interface ChangeContext {
  column: string;
  role: "feature" | "label" | "prediction";
  /** Category names by the sample's category index (categorical samples). */
  categories?: readonly string[];
  /** Numeric columns' mean and range, reference and current, formatted for the column's type. */
  numbers?: { reference: NumberSummary; current: NumberSummary };
}

export function driftChange(sample: DriftSample, context: ChangeContext): string {
  if (sample.kind === "numerical") {
    const values = distinctNumbers(sample.reference, 3);
    const both = distinctNumbers([...values, ...distinctNumbers(sample.current, 3)], 3);
    if (both.length === 2) {
      const positive = both[1]!;
      return shareChange(
        context,
        String(positive),
        shareOf(sample.reference, positive),
        shareOf(sample.current, positive),
      );
    }
    const n = context.numbers;
    return n
      ? `mean ${n.reference.mean} → ${n.current.mean}, range ${n.reference.min}–${n.reference.max} → ${n.current.min}–${n.current.max}`
      : "";
  }
  const names = context.categories ?? [];
  const ref = sample.reference;
  const cur = sample.current;
  const refTotal = total(ref);
  const curTotal = total(cur);
  const present = [...ref.keys()].filter((i) => ref[i]! > 0 || cur[i]! > 0);
  if (present.length === 2) {
    const [a, b] = present as [number, number];
    const positive = ref[b]! <= ref[a]! ? b : a;
    return shareChange(context, names[positive] ?? "", ref[positive]! / refTotal, cur[positive]! / curTotal);
  }
  const added = present.filter((i) => ref[i] === 0).sort((x, y) => cur[y]! - cur[x]!);
  const gone = present.filter((i) => cur[i] === 0).sort((x, y) => ref[y]! - ref[x]!);
  const notes: string[] = [];
  if (added.length > 0) notes.push(`new: ${listed(added, names, cur)}`);
  if (gone.length > 0) notes.push(`gone: ${listed(gone, names, ref)}`);
  if (notes.length > 0) return notes.join("; ");
  let most = present[0]!;
  const moved = (i: number) => Math.abs(cur[i]! / curTotal - ref[i]! / refTotal);
  for (const i of present) if (moved(i) > moved(most)) most = i;
  return `most moved: share of ${names[most]} ${percent(ref[most]! / refTotal)} → ${percent(cur[most]! / curTotal)}`;
}

function shareChange(context: ChangeContext, value: string, before: number, after: number): string {
  const what =
    context.role === "feature" ? `share of ${value}` : `positive rate (${context.column} = ${value})`;
  return `${what} ${percent(before)} → ${percent(after)}`;
}

function shareOf(values: ArrayLike<number>, value: number): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === value) n++;
  return values.length === 0 ? 0 : n / values.length;
}

function total(counts: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < counts.length; i++) n += counts[i]!;
  return n;
}

function listed(indices: number[], names: readonly string[], counts: ArrayLike<number>): string {
  const shown = indices.slice(0, SHOWN).map((i) => `${JSON.stringify(names[i])} (${counts[i]})`);
  const more = indices.length - SHOWN;
  return `${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}
