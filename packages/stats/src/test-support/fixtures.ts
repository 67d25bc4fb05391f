import { readFileSync } from "node:fs";

/**
 * Loads a reference file written by fixtures/generate.py, expanding its encodings:
 * `{"$sample": {...}}` (a deterministic sample, see `fixtureSample`), `{"$numbers": "0.5 null 2"}`,
 * `{"$strings": "a b"}`, `{"$runs": [[value, count], …]}` and `{"$float": "Infinity"}`.
 */
export function loadFixture<T>(name: string): T {
  const text = readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), "utf8");
  return JSON.parse(text, (_key, value) => decode(value)) as T;
}

function decode(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  if ("$float" in record) return Number(record.$float);
  if ("$numbers" in record) {
    return (record.$numbers as string).split(" ").map((t) => (t === "null" ? null : Number(t)));
  }
  if ("$strings" in record) return (record.$strings as string).split(" ");
  if ("$runs" in record) {
    return (record.$runs as [unknown, number][]).flatMap(([v, count]) =>
      Array.from({ length: count }, () => v),
    );
  }
  if ("$sample" in record) return fixtureSample(record.$sample as SampleSpec);
  return value;
}

export interface SampleSpec {
  seed: number;
  n: number;
  kind: "uniform" | "normal" | "levels";
  shift: number;
  scale: number;
  levels?: number;
}

/**
 * The generator's deterministic samples: a 32-bit LCG (Numerical Recipes' constants) whose top 24 bits
 * make a dyadic uniform, so Python and JavaScript produce bit-identical doubles. `normal` sums four
 * uniforms (an Irwin–Hall approximation), `levels` takes floor(u·levels).
 */
export function fixtureSample(spec: SampleSpec): number[] {
  let state = spec.seed >>> 0;
  const next = () => {
    state = (Math.imul(1664525, state) + 1013904223) >>> 0;
    return (state >>> 8) / 16777216;
  };
  const out: number[] = [];
  for (let i = 0; i < spec.n; i++) {
    if (spec.kind === "uniform") out.push(spec.shift + spec.scale * next());
    else if (spec.kind === "normal")
      out.push(spec.shift + spec.scale * (next() + next() + next() + next() - 2));
    else out.push(spec.shift + spec.scale * Math.floor(next() * spec.levels!));
  }
  return out;
}
