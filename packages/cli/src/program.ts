import type { Logger } from "@mlops/core";
import { Command } from "commander";
import { deployCommand } from "./commands/deploy.ts";
import { evalCommand, mergeCommand } from "./commands/eval.ts";
import { inferContractCommand } from "./commands/infer-contract.ts";
import { promoteCommand } from "./commands/promote.ts";
import { reportCommand } from "./commands/report.ts";
import { trainValidateCommand } from "./commands/train-validate.ts";
import { validateDataCommand } from "./commands/validate-data.ts";

export const VERSION = "1.0.0";

/** The `mlops` command: one subcommand per action, calling the same function with the same inputs. */
export function buildProgram(logger: Logger, setExit: (code: number) => void): Command {
  const program = new Command("mlops")
    .description("ML release checks for pull requests: data, models, prompts — one report, gated promotion")
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride();
  reportCommand(program, logger, setExit);
  evalCommand(program, logger, setExit);
  mergeCommand(program, logger, setExit);
  validateDataCommand(program, logger, setExit);
  inferContractCommand(program, logger);
  trainValidateCommand(program, logger, setExit);
  promoteCommand(program, logger, setExit);
  deployCommand(program, logger, setExit);
  return program;
}
