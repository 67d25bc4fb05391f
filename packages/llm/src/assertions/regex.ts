import { ConfigError } from "@mlops/core";
import * as z from "zod";
import { defineAssertion, verdict } from "./definition.ts";
import { TextValue, text, withoutPlaceholders } from "./template-value.ts";

function compile(pattern: string, flags: string | undefined): RegExp | string {
  try {
    return new RegExp(pattern, flags);
  } catch (e) {
    return (e as Error).message;
  }
}

export const regex = defineAssertion({
  type: "regex",
  description: "The output matches the regular expression (JavaScript syntax)",
  negatable: true,
  config: z
    .object({
      value: TextValue.describe("The pattern; may use {{variables}} of the case"),
      flags: z.string().optional().describe("Regex flags, e.g. i"),
    })
    .strict(),
  check: ({ value, flags }, problem) => {
    // A variable's text is only known per case: check the pattern with a plain word in its place.
    const compiled = compile(withoutPlaceholders(String(value), "x"), flags);
    if (typeof compiled === "string") problem(flags && /flags/i.test(compiled) ? "flags" : "value", compiled);
  },
  grade: ({ value, flags }, ctx) => {
    const pattern = text(value, ctx.vars);
    const re = compile(pattern, flags);
    if (typeof re === "string") {
      throw new ConfigError(`invalid regex ${JSON.stringify(pattern)} for this case: ${re}`, {
        hint: "the case's variables made the pattern invalid; escape them or use contains",
      });
    }
    const ok = re.test(ctx.output);
    return verdict(ok, `output ${ok ? "matches" : "does not match"} /${pattern}/${flags ?? ""}`);
  },
});
