/**
 * Regular expressions from configs and suites run on data and model output that a pull request
 * controls, so they run on RE2 semantics: time linear in the input, whatever the pattern
 * (`(a+)+b` included). What RE2 cannot express in linear time — backreferences and lookaround — is
 * refused when the pattern is compiled, so the config fails when it loads rather than mid-run.
 *
 * Patterns are written as in JavaScript; differences users may meet: `\s` is ASCII whitespace
 * (`[\t\n\f\r ]`), `.` excludes only `\n`, and `\cX`, `[^]` and the flags `y`/`v` are not available.
 */
import { RE2JS, RE2JSSyntaxException } from "re2js";

/** Why a pattern cannot run: which part of it (for the config key to blame) and what to do. */
export interface RegexProblem {
  part: "pattern" | "flags";
  message: string;
  hint?: string;
}

export class LinearRegex {
  readonly #re: RE2JS;

  constructor(re: RE2JS) {
    this.#re = re;
  }

  /** Whether the pattern matches anywhere in `text` (as `RegExp#test`). */
  test(text: string): boolean {
    return this.#re.test(text);
  }

  /** Whether the pattern matches the whole of `text`. */
  testWhole(text: string): boolean {
    return this.#re.testExact(text);
  }
}

/** JavaScript flags that change what a single test matches; `g`, `d` and `u` do not (RE2 is Unicode-aware). */
const FLAG_BITS: Record<string, number> = {
  i: RE2JS.CASE_INSENSITIVE,
  m: RE2JS.MULTILINE,
  s: RE2JS.DOTALL,
  g: 0,
  d: 0,
  u: 0,
};

function flagBits(flags: string): number | RegexProblem {
  let bits = 0;
  for (const [i, flag] of [...flags].entries()) {
    if (flags.indexOf(flag) !== i)
      return { part: "flags", message: `Invalid flags "${flags}": "${flag}" twice` };
    const bit = FLAG_BITS[flag];
    if (bit === undefined) {
      return {
        part: "flags",
        message: `Invalid flags "${flags}": "${flag}" is not supported`,
        hint: "use i (ignore case), m (multiline), s (dot matches newline)",
      };
    }
    bits |= bit;
  }
  return bits;
}

/** JavaScript's `\uXXXX` and `\u{X…}` escapes in RE2's spelling `\x{…}`; every other escape as written. */
function translateEscapes(pattern: string): string {
  return pattern.replace(/\\(?:u([0-9A-Fa-f]{4})|u\{([0-9A-Fa-f]{1,6})\}|[\s\S])/g, (whole, four, braced) =>
    four !== undefined || braced !== undefined ? `\\x{${four ?? braced}}` : whole,
  );
}

const BACKREFERENCE = /invalid escape sequence: `\\(?:[1-9]|k)/;
const LOOKAROUND = /unsupported Perl syntax: `\(\?[=!]|invalid named capture: `\(\?<[=!]/;

function syntaxProblem(pattern: string, e: RE2JSSyntaxException): RegexProblem {
  const detail = e.message.replace(/^error parsing regexp: /, "");
  const message = `Invalid regular expression /${pattern}/: ${detail}`;
  if (BACKREFERENCE.test(e.message)) {
    return {
      part: "pattern",
      message: `${message} (backreferences are not supported)`,
      hint: "patterns run on a linear-time engine (RE2 syntax), which has no backreferences; repeat the group instead",
    };
  }
  if (LOOKAROUND.test(e.message)) {
    return {
      part: "pattern",
      message: `${message} (lookahead and lookbehind are not supported)`,
      hint: "patterns run on a linear-time engine (RE2 syntax), which has no lookaround; match the text itself instead",
    };
  }
  return {
    part: "pattern",
    message,
    hint: "patterns use RE2 syntax (https://github.com/google/re2/wiki/Syntax)",
  };
}

/** The problem in one line, for messages that carry no separate hint (schema issues). */
export function explainRegexProblem(problem: RegexProblem): string {
  return problem.hint ? `${problem.message}; ${problem.hint}` : problem.message;
}

/** The pattern compiled for linear-time matching, or why it cannot be. */
export function compileLinearRegex(pattern: string, flags = ""): LinearRegex | RegexProblem {
  const bits = flagBits(flags);
  if (typeof bits !== "number") return bits;
  try {
    return new LinearRegex(RE2JS.compile(translateEscapes(pattern), bits));
  } catch (e) {
    if (e instanceof RE2JSSyntaxException) return syntaxProblem(pattern, e);
    throw e;
  }
}
