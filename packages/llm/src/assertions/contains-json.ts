import * as z from "zod";
import { defineAssertion, verdict } from "./definition.ts";
import { checkJsonSchema, JsonSchemaValue, jsonSchemaEngine, matchesSchema } from "./json.ts";

/**
 * Models often wrap JSON in prose or a fenced code block; this finds it there. Only so many opening
 * brackets are tried, so an output full of unbalanced brackets costs a bounded number of scans.
 */
const MAX_CANDIDATES = 100;

/** Where the bracketed span opening at `start` ends (exclusive), skipping strings; undefined if never. */
function spanEnd(text: string, start: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return undefined;
}

/** The JSON objects and arrays embedded in a text, in order; nested ones only as part of their parent. */
export function embeddedJson(text: string): unknown[] {
  const found: unknown[] = [];
  let tried = 0;
  for (let i = 0; i < text.length && tried < MAX_CANDIDATES; i++) {
    if (text[i] !== "{" && text[i] !== "[") continue;
    tried++;
    const end = spanEnd(text, i);
    if (end === undefined) continue;
    try {
      found.push(JSON.parse(text.slice(i, end)));
      i = end - 1;
    } catch {
      // Not JSON from this bracket (prose like "[sic]"); one further in may open some.
    }
  }
  return found;
}

/** The output as JSON: the whole of it, else the first JSON embedded in it; undefined when there is none. */
export function outputJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return embeddedJson(text)[0];
  }
}

export const containsJson = defineAssertion({
  type: "contains-json",
  description:
    "The output contains a JSON object or array, e.g. in prose or a code block (one matching value, a JSON Schema, when given)",
  negatable: true,
  config: z.object({ value: JsonSchemaValue.optional() }).strict(),
  engine: jsonSchemaEngine.load,
  check: ({ value }, problem) => checkJsonSchema(value, problem),
  grade: ({ value }, ctx) => {
    const candidates = embeddedJson(ctx.output);
    if (candidates.length === 0) return verdict(false, "output contains no JSON object or array");
    if (value === undefined) return verdict(true, `output contains JSON (${candidates.length} found)`);
    const mismatches: string[] = [];
    for (const candidate of candidates) {
      const mismatch = matchesSchema(candidate, value);
      if (mismatch === undefined) return verdict(true, "output contains JSON matching the JSON Schema");
      mismatches.push(mismatch);
    }
    return verdict(false, `no JSON in the output matches the JSON Schema: ${mismatches[0]}`);
  },
});
