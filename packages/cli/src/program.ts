import { type AnyCommandSpec, COMMANDS, type InputSpec, type InputSpecs, runCommand } from "@mlops/commands";
import type { Logger } from "@mlops/core";
import { Command, Option } from "commander";

export const VERSION = "1.0.0";

/**
 * The `mlops` command: one subcommand per command spec, with the flags the spec declares. Commander
 * only collects the text; the runner reads it through the spec's types, as it does an action's inputs.
 */
export function buildProgram(logger: Logger, setExit: (code: number) => void): Command {
  const program = new Command("mlops")
    .description("ML release checks for pull requests: data, models, prompts — one report, gated promotion")
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride();
  for (const spec of COMMANDS) addCommand(program, spec, logger, setExit);
  return program;
}

function addCommand(program: Command, spec: AnyCommandSpec, logger: Logger, setExit: (code: number) => void) {
  const command = program
    .command(spec.name)
    .aliases([...(spec.aliases ?? [])])
    .description(spec.description);
  for (const [key, input] of Object.entries(spec.inputs as InputSpecs)) {
    if (input.only !== "action") command.addOption(optionFor(key, input));
  }
  command.action(async (_options, cmd: Command) => {
    const values = cmd.opts();
    const code = await runCommand(
      spec,
      {
        kind: "cli",
        label: (key) => `--${key}`,
        raw: (key) => {
          const name = camel(key);
          const source = cmd.getOptionValueSource(name);
          return source === "cli" || source === "env" ? String(values[name]) : undefined;
        },
      },
      { logger },
    );
    setExit(code);
  });
}

function optionFor(key: string, input: InputSpec): Option {
  const notes = [
    input.type === "choice" ? `one of ${input.choices.join(", ")}` : undefined,
    input.default !== undefined && input.type !== "boolean" ? `default: ${input.default}` : undefined,
    input.required ? "required" : undefined,
  ].filter(Boolean);
  const help = `${input.description.replace(/\.$/, "")}${notes.length ? ` (${notes.join("; ")})` : ""}`;
  let option: Option;
  if (input.type === "boolean") {
    option =
      input.default === "true" ? new Option(`--no-${key}`, `do not: ${help}`) : new Option(`--${key}`, help);
  } else {
    option = new Option(`--${key} <${input.type === "positive-integer" ? "n" : "value"}>`, help);
  }
  if (input.env) option.env(input.env);
  return option;
}

function camel(key: string): string {
  return key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
