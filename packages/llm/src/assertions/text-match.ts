import * as z from "zod";
import { defineAssertion, verdict } from "./definition.ts";
import { TextListValue, TextValue, text, textList } from "./template-value.ts";

/** Assertions that look for literal text in the output. */

const OneText = z.object({ value: TextValue }).strict();
const SomeTexts = z.object({ value: TextListValue }).strict();

function textAssertion<const Type extends string>(
  type: Type,
  description: string,
  matches: (output: string, value: string) => boolean,
  reason: (ok: boolean, quoted: string) => string,
) {
  return defineAssertion({
    type,
    description,
    negatable: true,
    config: OneText,
    grade: ({ value }, ctx) => {
      const v = text(value, ctx.vars);
      const ok = matches(ctx.output, v);
      return verdict(ok, reason(ok, JSON.stringify(v)));
    },
  });
}

export const equals = textAssertion(
  "equals",
  "The output is exactly the value",
  (output, v) => output === v,
  (ok, v) => (ok ? "output equals the expected text" : `expected exactly ${v}`),
);

export const contains = textAssertion(
  "contains",
  "The output contains the value",
  (output, v) => output.includes(v),
  (ok, v) => `output ${ok ? "contains" : "does not contain"} ${v}`,
);

export const icontains = textAssertion(
  "icontains",
  "The output contains the value, in any case",
  (output, v) => output.toLowerCase().includes(v.toLowerCase()),
  (ok, v) => `output ${ok ? "contains" : "does not contain"} ${v} (any case)`,
);

export const startsWith = textAssertion(
  "starts-with",
  "The output starts with the value",
  (output, v) => output.startsWith(v),
  (ok, v) => `output ${ok ? "starts" : "does not start"} with ${v}`,
);

function anyOf(values: string[], output: string, ignoreCase: boolean) {
  const hay = ignoreCase ? output.toLowerCase() : output;
  const hit = values.find((v) => hay.includes(ignoreCase ? v.toLowerCase() : v));
  return verdict(
    hit !== undefined,
    hit !== undefined
      ? `output contains ${JSON.stringify(hit)}`
      : `output contains none of ${JSON.stringify(values)}`,
  );
}

/** Scored by the share of values found, so a weighted test credits a partial answer. */
function allOf(values: string[], output: string, ignoreCase: boolean) {
  const hay = ignoreCase ? output.toLowerCase() : output;
  const missing = values.filter((v) => !hay.includes(ignoreCase ? v.toLowerCase() : v));
  return verdict(
    missing.length === 0,
    missing.length === 0 ? "output contains all values" : `output lacks ${JSON.stringify(missing)}`,
    (values.length - missing.length) / Math.max(1, values.length),
  );
}

function listAssertion<const Type extends string>(
  type: Type,
  description: string,
  match: typeof anyOf,
  ignoreCase: boolean,
) {
  return defineAssertion({
    type,
    description,
    negatable: true,
    config: SomeTexts,
    grade: ({ value }, ctx) => match(textList(value, ctx.vars), ctx.output, ignoreCase),
  });
}

export const containsAny = listAssertion(
  "contains-any",
  "The output contains at least one of the values",
  anyOf,
  false,
);
export const icontainsAny = listAssertion(
  "icontains-any",
  "The output contains at least one of the values, in any case",
  anyOf,
  true,
);
export const containsAll = listAssertion("contains-all", "The output contains every value", allOf, false);
export const icontainsAll = listAssertion(
  "icontains-all",
  "The output contains every value, in any case",
  allOf,
  true,
);
