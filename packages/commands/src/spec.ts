import type { CommandIO, Lineage, Status } from "@mlops/core";
import type { InputType, InputValueOf } from "./input-types.ts";

/**
 * One declaration per command: its inputs, outputs and `run`. The action's `action.yml`, the CLI's flags
 * and the runner's parsing all derive from it, so the action and the CLI cannot drift apart.
 */

export type InputSpec = InputType & {
  description: string;
  /** The default as the user would type it; parsed by the input's type like any typed value. */
  default?: string;
  required?: boolean;
  /** A token or key: masked in every log line as soon as it is read. */
  secret?: boolean;
  /** The action's default when it is a workflow expression, e.g. `${{ github.token }}`. */
  actionDefault?: string;
  /** The CLI reads this environment variable when the flag is not given. */
  env?: string;
  /** Where the input exists; both by default. */
  only?: "action" | "cli";
};

export type InputSpecs = Record<string, InputSpec>;

type HasValue<S extends InputSpec> = S extends { default: string } | { required: true } ? true : false;

/** The parsed inputs `run` receives, keyed as declared (kebab-case). */
export type InputValues<I extends InputSpecs> = {
  [K in keyof I]: HasValue<I[K]> extends true ? InputValueOf<I[K]> : InputValueOf<I[K]> | undefined;
};

/** What every command returns to the runner. */
export interface CommandResult {
  status: Status;
  /** Result files written, relative to the working directory or absolute. */
  envelopePaths: string[];
  /** Why the status is what it is, printed when the run exits non-zero. */
  reasons?: string[];
}

export interface OutputSpec<R> {
  description: string;
  /** Called with the whole result, or with only status and paths when the run ended in error. */
  value: (result: Partial<R> & CommandResult) => string | undefined;
}

/** What the runner gives `run` besides the inputs. */
export interface RunIO extends Required<CommandIO> {
  /** Where the run is: commit, workflow run, tool versions (computed on first use). */
  lineage(): Promise<Lineage>;
  /** Text for the user on standard output (the CLI's printed result). */
  print(text: string): void;
}

export interface CommandSpec<I extends InputSpecs = InputSpecs, R extends CommandResult = CommandResult> {
  /** The action's folder and the CLI verb. */
  name: string;
  /** Other CLI verbs for the same command. */
  aliases?: readonly string[];
  /** One line: the action's description and the CLI's help. */
  description: string;
  /**
   * The envelope kind the command produces; a run that fails before producing one writes an error
   * envelope of this kind. Commands that only read results (report) have none.
   */
  evaluates?: string;
  /** Also an action (`uses: org/mlops/<name>@v1`), or a CLI command only. */
  action: boolean;
  branding?: { icon: string; color: string };
  inputs: I;
  outputs: Record<string, OutputSpec<R>>;
  /** Subject of the error envelope when the run fails before it registered a draft. */
  subject?: (input: InputValues<I>) => { type: string; name: string };
  run(input: InputValues<I>, io: RunIO): Promise<R>;
}

/** Declares a command with its input types checked against `run`. */
export function defineCommand<const I extends InputSpecs, R extends CommandResult>(
  spec: CommandSpec<I, R>,
): CommandSpec<I, R> {
  return spec;
}

/** Any command, whatever its inputs and result. */
// biome-ignore lint/suspicious/noExplicitAny: the catalogue holds commands of every input and result type.
export type AnyCommandSpec = CommandSpec<any, any>;

/** The status at which a run exits non-zero: `fail-on` where a command has it. */
export type FailOn = "fail" | "warn" | "never";

/**
 * The one exit rule: `error` always exits 1; `fail` exits 1 unless fail-on is never; `warn` exits 0
 * unless fail-on is warn.
 */
export function exitCodeFor(status: Status, failOn: FailOn = "fail"): 0 | 1 {
  if (status === "error") return 1;
  if (status === "fail") return failOn === "never" ? 0 : 1;
  if (status === "warn") return failOn === "warn" ? 1 : 0;
  return 0;
}
