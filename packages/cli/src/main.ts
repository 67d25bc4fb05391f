import { createLogger, logFailure } from "@mlops/core";
import { CommanderError } from "commander";
import { buildProgram } from "./program.ts";

const logger = createLogger();
let code = 0;
const program = buildProgram(logger, (c) => {
  code = c;
});
try {
  await program.parseAsync(process.argv);
} catch (e) {
  // Help and version exit through here with code 0; usage errors were already printed by commander.
  if (e instanceof CommanderError) code = e.exitCode;
  else {
    logFailure(logger, e);
    code = 1;
  }
}
process.exitCode = code;
