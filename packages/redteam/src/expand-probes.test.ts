import { createHash } from "node:crypto";
import { ConfigError, parseConfigText } from "@mlops/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { canarySchema } from "./canary.ts";
import { expandProbes } from "./expand-probes.ts";
import { loadProbeLibrary } from "./probe-library.ts";
import { unapplyStrategy } from "./strategy-registry.ts";

const CANARY = "MLOPS-CANARY-7f3a9c1e2b";
const SIX = ["base64", "rot13", "leetspeak", "homoglyph", "zero-width", "unicode-tags"];

const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

describe("expandProbes", async () => {
  const full = await loadProbeLibrary();
  const lib = { ...full, probes: full.probes.slice(0, 30) };

  it("makes 30 probes × 6 strategies into 180 reproducible cases besides the 30 plain ones", () => {
    const cases = expandProbes(lib, { strategies: SIX, seed: 7, canary: CANARY });
    expect(cases).toHaveLength(30 * 7);
    expect(cases.filter((c) => c.strategy !== "none")).toHaveLength(180);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(digest(expandProbes(lib, { strategies: SIX, seed: 7, canary: CANARY }))).toBe(digest(cases));
    expect(digest(expandProbes(lib, { strategies: SIX, seed: 8, canary: CANARY }))).not.toBe(digest(cases));
  });

  it("gives each case the probe's fields, the canary and text the strategy can be undone from", () => {
    const cases = expandProbes(lib, { strategies: ["base64"], seed: 1, canary: CANARY });
    const probe = lib.probes[0]!;
    const [plain, encoded] = cases;
    expect(plain).toMatchObject({
      id: `${probe.id}/none`,
      probeId: probe.id,
      category: probe.category,
      channel: probe.channel,
      expects: probe.expects,
      strategy: "none",
      text: probe.text,
      canary: CANARY,
    });
    expect(encoded!.id).toBe(`${probe.id}/base64`);
    expect(unapplyStrategy("base64", encoded!.text)).toBe(probe.text);
  });

  it("carries the user's request and the dangerous tool of an indirect probe", () => {
    const cases = expandProbes(full, {
      categories: ["excessive-agency"],
      strategies: [],
      seed: 1,
      canary: CANARY,
    });
    const probe = full.probes.find((p) => p.id === cases[0]!.probeId)!;
    expect(cases[0]).toMatchObject({ request: probe.request, tool: probe.tool, channel: probe.channel });
  });

  it("keeps a case's text when other probes are added or removed", () => {
    const all = expandProbes(lib, { strategies: SIX, seed: 3, canary: CANARY });
    const fewer = expandProbes(
      { ...lib, probes: lib.probes.slice(5) },
      { strategies: SIX, seed: 3, canary: CANARY },
    );
    const byId = new Map(all.map((c) => [c.id, c.text]));
    for (const c of fewer) expect(c.text).toBe(byId.get(c.id));
  });

  it("selects categories and takes a seeded sample in library order", () => {
    const only = expandProbes(full, {
      categories: ["harmful", "over-refusal"],
      strategies: [],
      seed: 1,
      canary: CANARY,
    });
    expect(new Set(only.map((c) => c.category))).toEqual(new Set(["harmful", "over-refusal"]));
    const all = expandProbes(full, { strategies: SIX, seed: 5, canary: CANARY });
    const sample = expandProbes(full, { strategies: SIX, seed: 5, canary: CANARY, limit: 25 });
    expect(sample).toHaveLength(25);
    const positions = sample.map((c) => all.findIndex((a) => a.id === c.id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(expandProbes(full, { strategies: SIX, seed: 5, canary: CANARY, limit: 25 })).toEqual(sample);
    expect(expandProbes(full, { strategies: SIX, seed: 6, canary: CANARY, limit: 25 })).not.toEqual(sample);
  });

  it("refuses an unknown strategy and a canary shorter than 12 letters and digits", () => {
    expect(() => expandProbes(lib, { strategies: ["rot-13"], seed: 1, canary: CANARY })).toThrow(
      'unknown strategy "rot-13"',
    );
    const short = (() => {
      try {
        expandProbes(lib, { strategies: [], seed: 1, canary: "SECRET-1234" });
      } catch (e) {
        return e;
      }
    })();
    expect(short).toBeInstanceOf(ConfigError);
    expect((short as ConfigError).message).toMatch(/at least 12 letters and digits \(found 10\)/);
  });
});

describe("canarySchema", () => {
  const schema = z.strictObject({ canary: canarySchema });
  it("accepts a long random token", () => {
    expect(parseConfigText(`canary: ${CANARY}\n`, "suite.yaml", schema).canary).toBe(CANARY);
  });
  it("refuses a short one and one with spaces where they are written", () => {
    expect(() => parseConfigText("canary: ab-cd-ef-gh-ij\n", "suite.yaml", schema)).toThrow(/at least 12/);
    const error = (() => {
      try {
        parseConfigText("\ncanary: my secret code 1234\n", "suite.yaml", schema);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toMatchObject({ location: { file: "suite.yaml", line: 2, path: "canary" } });
    expect((error as Error).message).toMatch(/letters, digits/);
  });
});
