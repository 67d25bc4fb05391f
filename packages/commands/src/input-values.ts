import path from "node:path";
import { outsideWorkspace } from "@mlops/core";
import { InputError, parseInput } from "./input-types.ts";
import type { InputSpec, InputSpecs } from "./spec.ts";

/** Where the inputs come from: an action's INPUT_* variables or the CLI's flags. */
export interface InputSurface {
  kind: "action" | "cli";
  /** How the user named an input on this surface: `input "fail-on"` or `--fail-on`. */
  label(key: string): string;
  /** The text the user gave, or undefined (or empty) when not given. */
  raw(key: string, spec: InputSpec): string | undefined;
}

/**
 * Reads every input of a command through its type. All bad inputs are reported together, each naming
 * the input as the user typed it; a secret is masked before anything else can print it.
 */
export function readInputs(
  specs: InputSpecs,
  surface: InputSurface,
  mask: (secret: string) => void,
): { values: Record<string, unknown>; error?: InputError } {
  const values: Record<string, unknown> = {};
  const errors: InputError[] = [];
  for (const [key, spec] of Object.entries(specs)) {
    if (spec.only && spec.only !== surface.kind) continue;
    const given = surface.raw(key, spec);
    const present = given !== undefined && given !== "";
    if (present && spec.secret) mask(given);
    const text = present ? given : spec.default;
    if (text === undefined) {
      if (spec.required)
        errors.push(new InputError(key, surface.label(key), "is required", { hint: spec.description }));
      continue;
    }
    try {
      values[key] = parseInput(spec, text, key, surface.label(key));
    } catch (e) {
      if (e instanceof InputError) errors.push(e);
      else throw e;
    }
  }
  const error = combined(errors);
  return error ? { values, error } : { values };
}

/**
 * Refuses every path input that leads outside the run's confinement (in GitHub Actions: the workspace
 * and the folders the workflow allowed with `allow-paths`, symlinks followed).
 */
export function confinePathInputs(
  specs: InputSpecs,
  values: Record<string, unknown>,
  surface: InputSurface,
  cwd: string,
): InputError | undefined {
  const errors: InputError[] = [];
  for (const [key, spec] of Object.entries(specs)) {
    const value = values[key];
    if (spec.type !== "path" || typeof value !== "string") continue;
    const real = outsideWorkspace(path.resolve(cwd, value));
    if (real === undefined) continue;
    errors.push(
      new InputError(key, surface.label(key), `leads outside the workspace, to ${real}`, {
        hint: "a pull request can commit symlinks; list the folder in allow-paths if the workflow means to use it",
      }),
    );
  }
  return combined(errors);
}

/** One error that reports every bad input, the first as the message and the rest as `others`. */
function combined(errors: InputError[]): InputError | undefined {
  const [first, ...others] = errors;
  if (!first || others.length === 0) return first;
  const bare = first.message.slice(first.input.length + 1);
  return new InputError(first.key, first.input, bare, {
    ...(first.hint ? { hint: first.hint } : {}),
    others,
  });
}
