import { ConfigError } from "@mlops/core";

/**
 * The types an input can have, and how a raw string (an action input, a CLI flag's value) becomes a
 * value. One parser per type serves the action and the CLI, so both accept and refuse the same text.
 */
export type InputType =
  | { type: "string" }
  | { type: "path" }
  | { type: "boolean" }
  | { type: "positive-integer" }
  | { type: "duration" }
  | { type: "share" }
  | { type: "list" }
  | { type: "choice"; choices: readonly string[] };

export type InputValueOf<T extends InputType> = T extends { type: "boolean" }
  ? boolean
  : T extends { type: "positive-integer" | "duration" | "share" }
    ? number
    : T extends { type: "list" }
      ? string[]
      : T extends { type: "choice"; choices: readonly (infer C)[] }
        ? C
        : string;

/** A value the user typed could not be read; `input` names it as the user typed it. */
export class InputError extends ConfigError {
  /** The input's key as declared, e.g. `fail-on`. */
  readonly key: string;
  /** The input as the user named it, e.g. `input "fail-on"` or `--fail-on`. */
  readonly input: string;
  constructor(
    key: string,
    input: string,
    message: string,
    options: { hint?: string; others?: ConfigError[] } = {},
  ) {
    super(`${input} ${message}`, options);
    this.key = key;
    this.input = input;
  }
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Parses `raw` as `type`; `input` is how the user named it (`input "concurrency"` or `--concurrency`). */
export function parseInput(type: InputType, raw: string, key: string, input: string): unknown {
  const text = raw.trim();
  switch (type.type) {
    case "string":
    case "path":
      return raw;
    case "boolean":
      // YAML 1.2 core-schema booleans, as GitHub documents for action inputs.
      if (["true", "True", "TRUE"].includes(text)) return true;
      if (["false", "False", "FALSE"].includes(text)) return false;
      throw new InputError(key, input, `must be true or false; found "${raw}"`);
    case "positive-integer": {
      const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
      if (Number.isSafeInteger(n) && n >= 1) return n;
      throw new InputError(key, input, `must be a whole number of at least 1; found "${raw}"`);
    }
    case "duration": {
      const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(text);
      const ms = m ? Number(m[1]) * DURATION_UNITS[m[2] ?? "s"]! : Number.NaN;
      if (Number.isFinite(ms) && ms > 0) return Math.round(ms);
      throw new InputError(key, input, `must be a duration such as 30s, 5m or 500ms; found "${raw}"`);
    }
    case "share": {
      // A share reads as a fraction or a percentage: 0.1 and 10% are the same.
      const m = /^(\d+(?:\.\d+)?)\s*(%)?$/.exec(text);
      const share = m ? Number(m[1]) / (m[2] ? 100 : 1) : Number.NaN;
      if (Number.isFinite(share)) return share;
      throw new InputError(key, input, `must be a share such as 0.1 or 10%; found "${raw}"`);
    }
    case "list":
      return text
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== "");
    case "choice": {
      const v = text.toLowerCase();
      if (type.choices.includes(v)) return v;
      throw new InputError(key, input, `must be one of ${type.choices.join(", ")}; found "${raw}"`);
    }
  }
}
