import { describe, expect, it } from "vitest";
import { compileLinearRegex, LinearRegex, type RegexProblem } from "./linear-regex.ts";

function compiled(pattern: string, flags?: string): LinearRegex {
  const re = compileLinearRegex(pattern, flags);
  if (!(re instanceof LinearRegex)) throw new Error(re.message);
  return re;
}

function problem(pattern: string, flags?: string): RegexProblem {
  const re = compileLinearRegex(pattern, flags);
  if (re instanceof LinearRegex) throw new Error(`/${pattern}/ compiled`);
  return re;
}

/** Ordinary patterns as users write them for JavaScript, each with texts that do and do not match. */
const ORDINARY: [pattern: string, flags: string, texts: string[]][] = [
  ["^\\d{3}-\\d{4}$", "", ["555-1234", "555-12345", "5551234", ""]],
  ["^[A-Z]{2}\\d+$", "", ["AB12", "ab12", "ABC", "AB"]],
  ["^[A-Z]{2}\\d+$", "i", ["ab12", "Ab1", "a1"]],
  ["dear\\s+\\w+", "i", ["Dear Acme", "DEAR\tx", "dearx", "my dear  friend"]],
  ["^(?:yes|no|maybe)$", "", ["yes", "no", "maybe", "yesno", " no"]],
  ["colou?r", "", ["color", "colour", "colr", "The COLOR"]],
  ["^\\w+@\\w+\\.com$", "", ["a@b.com", "a@b.org", "@b.com"]],
  ["^line$", "m", ["first\nline\nlast", "line", "lines"]],
  ["^line$", "", ["first\nline\nlast", "line"]],
  ["a.b", "", ["axb", "a\nb", "ab"]],
  ["a.b", "s", ["a\nb", "axb"]],
  ["\\bcat\\b", "", ["a cat sat", "concatenate", "cat"]],
  ["[^aeiou]+", "", ["rhythm", "aeiou", ""]],
  ["\\u00e9t\\u00E9", "", ["été", "ete"]],
  ["\\u{1F600}", "u", ["smile 😀", "smile"]],
  ["\\p{Lu}\\p{Ll}+", "u", ["Élan", "élan", "ÉLAN"]],
  ["^\\$\\d+(?:\\.\\d{2})?$", "", ["$12", "$12.50", "$12.5", "12"]],
  ["(?<year>\\d{4})-(?<month>\\d{2})", "", ["2024-05", "24-05"]],
  ['"label"\\s*:\\s*"spam"', "", ['{"label": "spam"}', '{"label":"ham"}']],
  ["^\\/api\\/v\\d+\\/", "", ["/api/v2/users", "/api/vx/"]],
  ["x{2,}", "gd", ["xx", "x"]],
];

describe("compileLinearRegex", () => {
  it.each(ORDINARY)("agrees with JavaScript's engine on /%s/%s", (pattern, flags, texts) => {
    const re = compiled(pattern, flags);
    const js = new RegExp(pattern, flags.replace("g", ""));
    for (const text of texts) {
      expect(re.test(text), JSON.stringify(text)).toBe(js.test(text));
      // With m, JavaScript's ^ and $ anchor lines: no whole-text equivalent to compare with.
      if (!flags.includes("m")) {
        expect(re.testWhole(text), JSON.stringify(text)).toBe(
          new RegExp(`^(?:${pattern})$`, flags).test(text),
        );
      }
    }
  });

  it("finishes catastrophic patterns in linear time", () => {
    const started = performance.now();
    expect(compiled("(a+)+b").test("a".repeat(160))).toBe(false);
    expect(compiled("(a|aa)+$").testWhole(`${"a".repeat(100_000)}!`)).toBe(false);
    expect(compiled("^([^\\s@]+)+@").test(`${"x".repeat(100_000)} `)).toBe(false);
    expect(compiled("(x+x+)+y").test("x".repeat(50_000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("refuses backreferences and lookaround, saying why", () => {
    for (const pattern of ["(a)\\1", "(?<q>['\"]).*\\k<q>"]) {
      expect(problem(pattern)).toMatchObject({
        part: "pattern",
        message: expect.stringMatching(/backreferences are not supported/),
        hint: expect.stringMatching(/linear-time engine \(RE2 syntax\)/),
      });
    }
    for (const pattern of ["foo(?=bar)", "foo(?!bar)", "(?<=\\$)\\d+", "(?<!-)\\d+"]) {
      expect(problem(pattern).message).toMatch(/lookahead and lookbehind are not supported/);
    }
  });

  it("reports syntax errors and bad flags against the part to fix", () => {
    expect(problem("(unclosed")).toMatchObject({
      part: "pattern",
      message: "Invalid regular expression /(unclosed/: missing closing ): `(unclosed`",
    });
    expect(problem("a", "iz")).toMatchObject({
      part: "flags",
      message: expect.stringMatching(/^Invalid flags "iz"/),
    });
    expect(problem("a", "ii").message).toBe('Invalid flags "ii": "i" twice');
    expect(problem("a", "y").part).toBe("flags");
  });

  it("keeps an escaped backslash before u as written", () => {
    expect(compiled("\\\\u0041").test("\\u0041")).toBe(true);
    expect(compiled("\\\\u0041").test("A")).toBe(false);
  });
});
