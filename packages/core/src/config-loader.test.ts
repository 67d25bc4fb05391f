import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  configLocator,
  loadConfigFile,
  parseConfigText,
  parseConfigValue,
  parseLocatedConfigText,
  throwConfigErrors,
} from "./config-loader.ts";
import { ConfigError, formatError } from "./errors.ts";
import { GatesSchema, unknownGateMetrics } from "./gates.ts";

const Schema = z
  .object({
    name: z.string(),
    gates: GatesSchema,
    options: z
      .object({ seed: z.number().int().default(0) })
      .strict()
      .optional(),
  })
  .strict();

function errorsOf(text: string, file = "mlops.yml"): ConfigError[] {
  try {
    parseConfigText(text, file, Schema);
  } catch (e) {
    if (e instanceof ConfigError) return [e, ...e.others];
    throw e;
  }
  throw new Error("expected a ConfigError");
}

describe("parseConfigText", () => {
  it("returns typed data with defaults applied", () => {
    const cfg = parseConfigText("name: churn\ngates:\n  - metric: auc\n    min: 0.7\n", "a.yml", Schema);
    expect(cfg.gates[0]).toMatchObject({ metric: "auc", min: 0.7, severity: "fail" });
  });

  it("suggests the right key for a misspelt one, located at the key", () => {
    const e = errorsOf("name: churn\ngates:\n  - metric: auc\n    minn: 0.7\n").find((x) =>
      x.message.startsWith("unknown key"),
    );
    expect(e?.location).toEqual({ file: "mlops.yml", line: 4, column: 5, path: "gates[0].minn" });
    expect(e?.message).toBe('unknown key "minn"');
    expect(e?.hint).toBe('did you mean "min"?');
  });

  it("lists allowed keys when nothing is close", () => {
    const [e] = errorsOf("name: churn\ngates: []\noptions:\n  zzzzzzzz: 1\n");
    expect(e?.hint).toBe("allowed keys here: seed");
  });

  it("says what was expected and what was found, for every problem at once", () => {
    const errors = errorsOf('name: churn\ngates:\n  - metric: auc\n    min: "high"\n    severity: block\n');
    expect(
      errors.map((e) => `${e.location?.line}:${e.location?.column} ${e.location?.path} ${e.message}`),
    ).toEqual([
      '4:10 gates[0].min expected number, found string "high"',
      '5:15 gates[0].severity expected one of "fail", "warn", found string "block"',
    ]);
  });

  it("names a missing required key at its parent", () => {
    const [e] = errorsOf("gates: []\n");
    expect(e?.message).toContain('missing required key "name"');
    expect(e?.location?.line).toBe(1);
  });

  it("suggests the closest tag of a discriminated union, or lists them", () => {
    const Tagged = z.object({
      checks: z.array(
        z.discriminatedUnion("type", [
          z.object({ type: z.literal("contains"), value: z.string() }),
          z.object({ type: z.enum(["regex", "not-regex"]), value: z.string() }),
        ]),
      ),
    });
    const errors = (text: string) => {
      try {
        parseConfigText(text, "s.yml", Tagged);
      } catch (e) {
        return e as ConfigError;
      }
      throw new Error("expected a ConfigError");
    };
    const misspelt = errors("checks:\n  - type: not-regx\n    value: a\n");
    expect(misspelt.message).toBe('unknown type "not-regx"');
    expect(misspelt.location).toEqual({ file: "s.yml", line: 2, column: 11, path: "checks[0].type" });
    expect(misspelt.hint).toBe('did you mean "not-regex"?');
    expect(errors("checks:\n  - type: zzzzzz\n").hint).toBe("known: contains, regex, not-regex");
    const missing = errors("checks:\n  - value: a\n");
    expect(missing.message).toBe('missing required key "type"');
    expect(missing.location).toEqual({ file: "s.yml", line: 2, column: 5, path: "checks[0].type" });
  });

  it("reports a value read elsewhere at its file and line, in the same words", () => {
    const error = (() => {
      try {
        parseConfigValue(
          { name: "x", gates: [{ metric: "a", min: 0, mni: 1 }] },
          { file: "rows.jsonl", line: 3 },
          Schema,
        );
      } catch (e) {
        return e as ConfigError;
      }
      throw new Error("expected a ConfigError");
    })();
    expect(formatError(error)).toBe(
      'rows.jsonl:3 (gates[0].mni): unknown key "mni"\n  hint: did you mean "min"?',
    );
  });

  it("locates JSON errors too", () => {
    const [e] = errorsOf('{\n  "name": "x",\n  "gates": [{"metric": "a", "min": true}]\n}', "cfg.json");
    expect(e?.location).toMatchObject({ file: "cfg.json", line: 3, path: "gates[0].min" });
  });

  it("reports YAML syntax errors and duplicate keys with a position", () => {
    const [dup] = errorsOf("name: a\nname: b\ngates: []\n");
    expect(dup?.location?.line).toBe(2);
    expect(dup?.hint).toContain("repeated key");
    const [syntax] = errorsOf("name: [unclosed\n");
    expect(syntax?.message).toMatch(/^not valid YAML\/JSON/);
  });

  it("refuses an alias bomb, located at an alias, instead of expanding it", () => {
    const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (const [prev, name] of ["ab", "bc", "cd", "de", "ef", "fg"])
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(", ")}]`);
    const [e, ...rest] = errorsOf(`name: x\ngates: []\n${levels.join("\n")}\n`, "bomb.yml");
    expect(rest).toEqual([]);
    expect(e?.message).toBe("YAML aliases expand to more than 100 copies");
    expect(e?.location).toMatchObject({ file: "bomb.yml" });
    expect(e?.location?.line).toBeGreaterThan(3);
    // A few anchors reused stay allowed.
    const cfg = parseConfigText("name: &n x\ngates: []\noptions: {seed: 1}\n", "a.yml", Schema);
    expect(cfg.name).toBe("x");
  });

  it.each([
    ["flow nesting past the parser's stack", "[".repeat(100_000) + "]".repeat(100_000), 1],
    ["flow nesting past the limit", `{"name": ${"[".repeat(150)}${"]".repeat(150)}}`, 1],
    ["block nesting", Array.from({ length: 150 }, (_, i) => `${" ".repeat(i)}k:`).join("\n"), 102],
  ])("refuses %s with one located message", (_, text, line) => {
    const [e, ...rest] = errorsOf(text, "deep.json");
    expect(rest).toEqual([]);
    expect(e?.message).toBe("nested more than 100 levels deep");
    expect(e?.location).toMatchObject({ file: "deep.json", line });
  });

  it("formats as file:line:column (path): message with a hint line", () => {
    try {
      parseConfigText("name: x\ngates:\n  - metric: a\n    min: 0\n    mni: 1\n", "gates.yml", Schema);
      expect.unreachable();
    } catch (e) {
      expect(formatError(e)).toBe(
        'gates.yml:5:5 (gates[0].mni): unknown key "mni"\n  hint: did you mean "min"?',
      );
    }
  });
});

describe("loadConfigFile", () => {
  it("prepares with the parsed value before validating it, so checks can use what was loaded", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "mlops-prepare-"));
    const file = path.join(dir, "c.yml");
    await writeFile(file, "words: [alpha, beta]\n");
    const known = new Set<string>();
    const schema = z.object({
      words: z.array(z.string().refine((w) => known.has(w), "not prepared")),
    });
    const seen: unknown[] = [];
    const loaded = await loadConfigFile(file, schema, {
      prepare: async (data) => {
        seen.push(data);
        for (const w of (data as { words: string[] }).words) known.add(w);
      },
    });
    expect(seen).toEqual([{ words: ["alpha", "beta"] }]);
    expect(loaded.words).toEqual(["alpha", "beta"]);
    await writeFile(file, "words: [alpha\n");
    const broken = loadConfigFile(file, schema, { prepare: () => Promise.reject(new Error("ran")) });
    await expect(broken).rejects.toThrow(/not valid YAML/);
  });
});

describe("configLocator and unknownGateMetrics", () => {
  it("locates each gate on a metric the evaluation never produces, with the nearest name, all in file order", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "mlops-locator-"));
    const file = path.join(dir, "suite.yml");
    await writeFile(
      file,
      "name: x\ngates:\n  - metric: pass_rate\n    min: 0.9\n  - { metric: pas_rate, min: 0.8 }\n  - metric: zzz\n    max: 1\n",
    );
    const gates = GatesSchema.parse([
      { metric: "pass_rate", min: 0.9 },
      { metric: "pas_rate", min: 0.8 },
      { metric: "zzz", max: 1 },
    ]);
    const errors = unknownGateMetrics(
      gates,
      { what: "the eval", known: ["pass_rate", "errors"] },
      await configLocator(file),
    );
    expect(errors.map((e) => [e.location, e.message])).toEqual([
      [{ file, line: 5, column: 15, path: "gates[1].metric" }, 'the eval never produces a metric "pas_rate"'],
      [{ file, line: 6, column: 13, path: "gates[2].metric" }, 'the eval never produces a metric "zzz"'],
    ]);
    expect(errors.map((e) => e.hint)).toEqual([
      'did you mean "pass_rate"? it produces: pass_rate, errors',
      "it produces: pass_rate, errors",
    ]);
    const thrown = (() => {
      try {
        throwConfigErrors([...errors].reverse());
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(thrown?.location?.line).toBe(5);
    expect(thrown?.others.map((e) => e.location?.line)).toEqual([6]);
    expect(() => throwConfigErrors([])).not.toThrow();
  });
});

describe("parseLocatedConfigText", () => {
  it("validates like parseConfigText and locates key paths in the same text", () => {
    const schema = z.strictObject({ items: z.array(z.strictObject({ id: z.string() })) });
    const { value, locate } = parseLocatedConfigText("items:\n  - id: a\n  -   id: b\n", "list.yaml", schema);
    expect(value.items.map((i) => i.id)).toEqual(["a", "b"]);
    expect(locate(["items", 1, "id"])).toEqual({
      file: "list.yaml",
      line: 3,
      column: 11,
      path: "items[1].id",
    });
    expect(() => parseLocatedConfigText("items:\n  - idd: a\n", "list.yaml", schema)).toThrow(
      'missing required key "id"',
    );
  });
});
