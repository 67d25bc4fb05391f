import type { Categories, Category } from "./numeric-input.ts";

export interface CategoryCounts {
  counts: Map<Category, number>;
  /** Present (non-missing) values. */
  total: number;
}

/** How often each present category occurs; missing values (`null`, `undefined`, `NaN`) are not counted. */
export function countCategories(values: Categories): CategoryCounts {
  const counts = new Map<Category, number>();
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || (typeof v === "number" && Number.isNaN(v))) continue;
    counts.set(v, (counts.get(v) ?? 0) + 1);
    total++;
  }
  return { counts, total };
}

/** The categories present in either sample, in first-seen order (reference first). */
export function unionOfCategories(a: CategoryCounts, b: CategoryCounts): Category[] {
  const keys = [...a.counts.keys()];
  for (const key of b.counts.keys()) if (!a.counts.has(key)) keys.push(key);
  return keys;
}
