/**
 * The labelled sets that measure the judge prompts' agreement with people: big enough to say something
 * (≥ 60 cases), balanced across the answers the judge can give, and each case carrying exactly the
 * inputs its judge prompt declares, with their types.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchemaEngine, matchesSchema } from "./assertions/json.ts";
import { valueAt } from "./assertions/template-value.ts";
import { loadPromptFile } from "./prompt-file.ts";
import { loadSuite } from "./suite-loader.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SUITES = [
  "evals/judge-factuality.yaml",
  "evals/judge-refusal.yaml",
  "evals/judge-claim-verdicts.yaml",
  "evals/judge-context-precision.yaml",
];

/** The JSON Schema of the value at a dotted path (`verdicts.0.verdict`) of answers that follow `schema`. */
const schemaAt = (schema: unknown, answerPath: string): unknown =>
  answerPath
    .split(".")
    .reduce<unknown>((s, key) => valueAt(s, /^\d+$/.test(key) ? "items" : `properties.${key}`), schema);

describe.each(SUITES)("the labelled set of %s", (suiteFile) => {
  it("has at least 60 cases, balanced across every answer the judge can give", async () => {
    const loaded = await loadSuite(path.join(ROOT, suiteFile));
    const agreement = loaded.suite.agreement;
    expect(agreement).toBeDefined();
    const prompt = await loadPromptFile(path.join(ROOT, "prompts", loaded.suite.prompts[0] as string));
    const answers = (schemaAt(prompt.outputSchema, agreement!.answer) as { enum?: string[] }).enum;
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
