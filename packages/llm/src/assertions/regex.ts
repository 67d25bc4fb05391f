import { ConfigError, loadLinearRegex } from "@mlops/core";
import * as z from "zod";
import { defineAssertion, verdict } from "./definition.ts";
import { lazyEngine } from "./lazy-engine.ts";
import { TextValue, text, withoutPlaceholders } from "./template-value.ts";

const regexEngine = lazyEngine("the regex engine", loadLinearRegex);

export const regex = defineAssertion({
  type: "regex",
  description:
    "The output matches the regular expression (JavaScript spelling, RE2 semantics: linear time, no backreferences or lookaround)",
  negatable: true,
  config: z
    .object({
      value: TextValue.describe("The pattern; may use {{variables}} of the case"),
      flags: z
        .string()
        .optional()
        .describe("Regex flags: i (ignore case), m (multiline), s (dot matches newline)"),
    })
    .strict(),
  engine: regexEngine.load,
  check: ({ value, flags }, problem) => {
    const { compileLinearRegex, explainRegexProblem, LinearRegex } = regexEngine.get();
    // A variable's text is only known per case: check the pattern with a plain word in its place.
    const compiled = compileLinearRegex(withoutPlaceholders(String(value), "x"), flags);
    if (!(compiled instanceof LinearRegex)) {
      problem(compiled.part === "flags" ? "flags" : "value", explainRegexProblem(compiled));
    }
  },
  grade: ({ value, flags }, ctx) => {
    const { compileLinearRegex, LinearRegex } = regexEngine.get();
    const pattern = text(value, ctx.vars);
    const re = compileLinearRegex(pattern, flags);
    if (!(re instanceof LinearRegex)) {
      throw new ConfigError(`invalid regex ${JSON.stringify(pattern)} for this case: ${re.message}`, {
        hint: "the case's variables made the pattern invalid; escape them or use contains",
      });
    }
    const ok = re.test(ctx.output);
    return verdict(ok, `output ${ok ? "matches" : "does not match"} /${pattern}/${flags ?? ""}`);
  },
});
