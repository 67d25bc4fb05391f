import * as z from "zod";
import { defineAssertion, type ReportProblem, type Verdict, verdict } from "./definition.ts";
import { lazyEngine } from "./lazy-engine.ts";

/** Assertions on JSON output, optionally checked against a JSON Schema. */

export const jsonSchemaEngine = lazyEngine("the JSON Schema validator", async () => {
  const ajv = await import("ajv");
  // Node names the CommonJS module's exports; a bundle's chunk has only its default, the class itself.
  const Ajv = ajv.Ajv ?? ajv.default;
  return new Ajv({ allErrors: true, strict: false });
});

export const JsonSchemaValue = z
  .record(z.string(), z.unknown())
  .describe("A JSON Schema (draft-07) the parsed output must match");

/** A schema Ajv refuses (an unknown type, a broken $ref) is a suite error, found before any call. */
export function checkJsonSchema(schema: Record<string, unknown> | undefined, problem: ReportProblem): void {
  if (schema === undefined) return;
  try {
    jsonSchemaEngine.get().compile(schema);
  } catch (e) {
    problem("value", `not a valid JSON Schema: ${(e as Error).message}`);
  }
}

/** Whether a parsed value matches the schema, and why not. */
export function matchesSchema(value: unknown, schema: Record<string, unknown>): string | undefined {
  const ajv = jsonSchemaEngine.get();
  const validate = ajv.compile(schema);
  return validate(value) ? undefined : ajv.errorsText(validate.errors);
}

function parseJson(output: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(output) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

function schemaCheck(output: string, schema: Record<string, unknown> | undefined): Verdict {
  const parsed = parseJson(output);
  if (!parsed.ok) return verdict(false, `output is not JSON: ${parsed.error}`);
  if (schema === undefined) return verdict(true, "output is JSON");
  const mismatch = matchesSchema(parsed.value, schema);
  if (mismatch === undefined) return verdict(true, "output matches the JSON Schema");
  return verdict(false, `output does not match the JSON Schema: ${mismatch}`);
}

export const isJson = defineAssertion({
  type: "is-json",
  description: "The whole output parses as JSON (and matches value, a JSON Schema, when given)",
  negatable: true,
  config: z.object({ value: JsonSchemaValue.optional() }).strict(),
  engine: jsonSchemaEngine.load,
  check: ({ value }, problem) => checkJsonSchema(value, problem),
  grade: ({ value }, ctx) => schemaCheck(ctx.output, value),
});

export const jsonSchema = defineAssertion({
  type: "json-schema",
  description: "The whole output parses as JSON and matches value, a JSON Schema",
  negatable: true,
  config: z.object({ value: JsonSchemaValue }).strict(),
  engine: jsonSchemaEngine.load,
  check: ({ value }, problem) => checkJsonSchema(value, problem),
  grade: ({ value }, ctx) => schemaCheck(ctx.output, value),
});
