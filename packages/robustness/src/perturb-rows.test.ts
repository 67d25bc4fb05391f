import { Xoshiro128 } from "@mlops/stats";
import { describe, expect, it } from "vitest";
import { DETECTORS, DetectorConfigSchema, detectorDefinition } from "./detector-registry.ts";
import { type Feature, featureSpec } from "./feature-spec.ts";
import { perturbRows, sampleRows } from "./perturb-rows.ts";

/** Rows of a small loan table: an id, an integer age, a number income, a region, a plan. */
function table(n: number, seed: number): string[][] {
  const rng = new Xoshiro128(seed);
  const regions = ["north", "north", "north", "south", "east"];
  return Array.from({ length: n }, (_, i) => [
    `id${i}`,
    String(18 + rng.nextBelow(60)),
    rng.nextFloat() < 0.1 ? "" : (1000 + rng.nextFloat() * 9000).toFixed(2),
    regions[rng.nextBelow(regions.length)]!,
    rng.nextFloat() < 0.5 ? "basic" : "plus",
  ]);
}

const NAMES = ["id", "age", "income", "region", "plan"];

function spec(rows: string[][], immutable: string[], hints = {}): Feature[] {
  return featureSpec(
    NAMES.map((name, j) => ({ name, values: rows.map((r) => r[j]!) })),
    { immutable: new Set(immutable), hints },
  );
}

describe("perturbRows", () => {
  it("never touches an immutable column, keeps integers whole and stays in declared ranges (property)", () => {
    for (let seed = 0; seed < 40; seed++) {
      const rows = table(60, seed);
      const rng = new Xoshiro128(seed + 1000);
      const immutable = NAMES.filter(() => rng.nextFloat() < 0.4);
      if (immutable.length === NAMES.length) continue;
      const features = spec(rows, immutable, {
        income: { min: 1000, max: 10000 },
        age: { min: 18, max: 77 },
      });
      for (const d of DETECTORS) {
        const options = DetectorConfigSchema.parse({ type: d.type, sample: 50, seed });
        for (const c of perturbRows(rows, features, detectorDefinition(d.type), options)) {
          const original = rows[c.row]!;
          expect(c.changes.length).toBeGreaterThan(0);
          for (const [j, f] of features.entries()) {
            if (f.immutable) expect(c.fields[j]).toBe(original[j]);
            if (c.fields[j] === original[j] || c.fields[j] === "") continue;
            if (f.kind === "integer") expect(Number.isInteger(Number(c.fields[j]))).toBe(true);
            if (f.kind === "category" && !d.leavesRange)
              expect(f.values.map(([v]) => v)).toContain(c.fields[j]);
            if (!d.leavesRange && f.min !== undefined) {
              expect(Number(c.fields[j])).toBeGreaterThanOrEqual(f.min);
              expect(Number(c.fields[j])).toBeLessThanOrEqual(f.max!);
            }
          }
          for (const change of c.changes) {
            expect(change.from).toBe(original[NAMES.indexOf(change.column)]);
            expect(change.to).toBe(c.fields[NAMES.indexOf(change.column)]);
          }
        }
      }
    }
  });

  it("gives the same cases for the same seed, other cases for another", () => {
    const rows = table(200, 1);
    const features = spec(rows, ["id"]);
    const run = (seed: number) =>
      perturbRows(
        rows,
        features,
        detectorDefinition("gaussian_noise"),
        DetectorConfigSchema.parse({ type: "gaussian_noise", sample: 50, seed }),
      );
    expect(run(3)).toEqual(run(3));
    expect(run(3)).not.toEqual(run(4));
  });

  it("jitters every mutable number by exactly ±1% (integers rounded)", () => {
    const rows = [["a", "300", "2000.00", "north", "basic"]];
    const features = spec([...rows, ["b", "60", "3000.5", "south", "plus"]], ["id"]);
    const [c] = perturbRows(
      rows,
      features,
      detectorDefinition("jitter"),
      DetectorConfigSchema.parse({ type: "jitter" }),
    );
    expect(c!.changes.map((x) => x.column)).toEqual(["age", "income"]);
    expect(["2020", "1980"]).toContain(c!.fields[2]);
    expect(["303", "297"]).toContain(c!.fields[1]);
  });

  it("changes one value per row for swaps, missing values and unit slips", () => {
    const rows = table(100, 2);
    const features = spec(rows, ["id"]);
    for (const type of ["categorical_swap", "missing_value", "unit_slip"]) {
      const cases = perturbRows(
        rows,
        features,
        detectorDefinition(type),
        DetectorConfigSchema.parse({ type }),
      );
      expect(cases.length).toBeGreaterThan(80);
      for (const c of cases) expect(c.changes).toHaveLength(1);
    }
    const slips = perturbRows(
      rows,
      features,
      detectorDefinition("unit_slip"),
      DetectorConfigSchema.parse({ type: "unit_slip" }),
    );
    for (const { changes } of slips.filter((c) => c.changes[0]!.column === "income")) {
      const { from, to } = changes[0]!;
      const ratio = Number(to) / Number(from);
      expect([100, 0.01].some((r) => Math.abs(ratio / r - 1) < 0.05)).toBe(true);
    }
  });

  it("sets out-of-range values past the declared range and writes categories in other case or spacing", () => {
    const rows = table(100, 4);
    const features = spec(rows, ["id"], { income: { min: 1000, max: 10000 }, age: { min: 18, max: 77 } });
    const far = perturbRows(
      rows,
      features,
      detectorDefinition("out_of_range"),
      DetectorConfigSchema.parse({ type: "out_of_range" }),
    );
    expect(far.length).toBe(100);
    for (const { changes } of far) {
      const f = features.find((x) => x.name === changes[0]!.column)!;
      const to = Number(changes[0]!.to);
      expect(to < f.min! || to > f.max!).toBe(true);
    }
    const text = perturbRows(
      rows,
      features,
      detectorDefinition("text_variant"),
      DetectorConfigSchema.parse({ type: "text_variant" }),
    );
    for (const { changes } of text) {
      const [{ from, to }] = [changes[0]!];
      expect(to).not.toBe(from);
      expect(to.trim().toLowerCase()).toBe(from.toLowerCase());
    }
  });

  it("swaps categories in proportion to how often the other values occur", () => {
    const rows = table(4000, 5).map((r) => [r[0]!, "1", "1", r[3]!, "basic"]);
    const features = spec(rows, ["id", "age", "income", "plan"]);
    const cases = perturbRows(
      rows,
      features,
      detectorDefinition("categorical_swap"),
      DetectorConfigSchema.parse({ type: "categorical_swap", sample: 4000 }),
    );
    const fromEast = cases.filter((c) => c.changes[0]!.from === "east");
    const toNorth = fromEast.filter((c) => c.changes[0]!.to === "north").length / fromEast.length;
    expect(toNorth).toBeGreaterThan(0.68);
    expect(toNorth).toBeLessThan(0.82);
  });

  it("returns no case when no feature is left that the detector can change", () => {
    const rows = table(20, 3);
    const features = spec(rows, ["id", "age", "income"]);
    expect(
      perturbRows(
        rows,
        features,
        detectorDefinition("jitter"),
        DetectorConfigSchema.parse({ type: "jitter" }),
      ),
    ).toEqual([]);
  });
});

describe("sampleRows", () => {
  it("draws distinct sorted rows, all of them when the sample is larger", () => {
    const s = sampleRows(1000, 100, new Xoshiro128(9));
    expect(new Set(s).size).toBe(100);
    expect([...s].sort((a, b) => a - b)).toEqual(s);
    expect(sampleRows(5, 10, new Xoshiro128(9))).toEqual([0, 1, 2, 3, 4]);
  });
});
