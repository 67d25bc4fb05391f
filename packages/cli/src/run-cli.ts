import { createLogger, logFailure } from "@mlops/core";
import { CommanderError } from "commander";
import { buildProgram } from "./program.ts";

// Standard output carries what a command prints as its result (a contract, a report path) so it can be
// piped; the log goes to standard error. A reader that closes the pipe early (`| head`) ends the run.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
const logger = createLogger({ write: (text) => process.stderr.write(text) });
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
