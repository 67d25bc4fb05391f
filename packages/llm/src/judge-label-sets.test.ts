/**
 * The labelled sets that measure the judge prompts' agreement with people: big enough to say something
 * (≥ 60 cases), balanced across the answers the judge can give, and each case carrying exactly the
 * inputs its judge prompt declares, with their types.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchemaEngine, matchesSchema } from "./assertions/json.ts";
import { substitute, valueAt } from "./assertions/template-value.ts";
import { buildPromptEnvelope } from "./eval-envelope.ts";
import { loadPromptFile } from "./prompt-file.ts";
import { loadSuite } from "./suite-loader.ts";
import { caseResult } from "./test-support/case-result.ts";
import { JUDGE_SUITES, ROOT } from "./test-support/judge-suites.ts";

/** The answers a judge can give at a JSON Schema: its enum, or both booleans, as the labels read them. */
const answersOf = (schema: unknown): string[] | undefined => {
  const { enum: values, type } = (schema ?? {}) as { enum?: unknown[]; type?: string };
  return type === "boolean" ? ["false", "true"] : values?.map(String);
};

/** The JSON Schema of the value at a dotted path (`verdicts.0.verdict`) of answers that follow `schema`. */
const schemaAt = (schema: unknown, answerPath: string): unknown =>
  answerPath
    .split(".")
    .reduce<unknown>((s, key) => valueAt(s, /^\d+$/.test(key) ? "items" : `properties.${key}`), schema);

it("covers every judge with a labelled set", () => {
  expect(JUDGE_SUITES).toEqual([
    "evals/judge-claim-verdicts.yaml",
    "evals/judge-context-precision.yaml",
    "evals/judge-contradiction.yaml",
    "evals/judge-factuality.yaml",
    "evals/judge-pairwise.yaml",
    "evals/judge-refusal.yaml",
  ]);
});

describe.each(JUDGE_SUITES)("the labelled set of %s", (suiteFile) => {
  it("has at least 60 cases, balanced across every answer the judge can give", async () => {
    const loaded = await loadSuite(path.join(ROOT, suiteFile));
    const agreement = loaded.suite.agreement;
    expect(agreement).toBeDefined();
    const prompt = await loadPromptFile(path.join(ROOT, "prompts", loaded.suite.prompts[0] as string));
    const answers = answersOf(schemaAt(prompt.outputSchema, agreement!.answer));
    expect(answers).toBeDefined();
    const counts = new Map(answers!.map((a) => [a, 0]));
    for (const c of loaded.cases) {
      const label = String(c.vars[agreement!.label]);
      expect(counts.has(label), `${c.source}: label ${label}`).toBe(true);
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    expect(loaded.cases.length).toBeGreaterThanOrEqual(60);
    const fair = loaded.cases.length / answers!.length;
    for (const [answer, n] of counts) expect(n, answer).toBeGreaterThanOrEqual(Math.floor(0.9 * fair));
  });

  it("gives every case exactly its judge prompt's inputs, of their types", async () => {
    await jsonSchemaEngine.load();
    const loaded = await loadSuite(path.join(ROOT, suiteFile));
    const prompt = await loadPromptFile(path.join(ROOT, "prompts", loaded.suite.prompts[0] as string));
    const schema = prompt.inputSchema as { properties: Record<string, unknown> };
    const inputs = Object.keys(schema.properties).sort();
    for (const c of loaded.cases) {
      const { [loaded.suite.agreement!.label]: _label, ...vars } = c.vars;
      expect(Object.keys(vars).sort(), c.source).toEqual(inputs);
      expect(matchesSchema(vars, schema as Record<string, unknown>), c.source).toBeUndefined();
    }
  });
});

describe("the contradiction judge's boolean answer", () => {
  it("agrees with a boolean label of the same value, in the metrics and the suite's regex assertion", async () => {
    const loaded = await loadSuite(path.join(ROOT, "evals/judge-contradiction.yaml"));
    const regex = loaded.suite.defaults?.assert?.find((a) => a.type === "regex");
    const template = regex && "value" in regex ? String(regex.value) : "";
    const answer = (contradicted: unknown) => JSON.stringify({ contradicted, reason: "r" });
    const [flipped, ...rest] = loaded.cases;
    const results = [
      caseResult({ caseId: flipped!.id, output: answer(!flipped!.vars.label) }),
      ...rest.map((c) => caseResult({ caseId: c.id, output: answer(c.vars.label) })),
    ];
    const envelope = buildPromptEnvelope(
      {
        head: await loadPromptFile(path.join(ROOT, "prompts/judges/contradiction.prompt")),
        results,
        lint: [],
      },
      loaded.suite,
      { startedAt: new Date(0), durationMs: 1, lineage: {}, cases: loaded.cases },
    );
    expect(envelope.metrics.agreement_accuracy).toMatchObject({
      value: (loaded.cases.length - 1) / loaded.cases.length,
    });

    expect(template).toContain("{{label}}");
    const pattern = (c: (typeof loaded.cases)[number]) => new RegExp(substitute(template, c.vars));
    expect(pattern(flipped!).test(answer(!flipped!.vars.label))).toBe(false);
    for (const c of rest) expect(pattern(c).test(answer(c.vars.label)), c.source).toBe(true);
  });
});
