import { spawn } from "node:child_process";
import { ConfigError } from "@mlops/core";

/** Splits a command line into arguments (single and double quotes, no shell), so nothing is interpolated twice. */
export function splitCommand(command: string, where: { file: string; path: string }): string[] {
  const args: string[] = [];
  let current = "";
  let quote: string | undefined;
  let started = false;
  for (const ch of command) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else current += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      started = true;
    } else if (/\s/.test(ch)) {
      if (started) args.push(current);
      current = "";
      started = false;
    } else {
      current += ch;
      started = true;
    }
  }
  if (quote) throw new ConfigError(`unbalanced ${quote} in command`, { location: where });
  if (started) args.push(current);
  if (args.length === 0) throw new ConfigError("empty command", { location: where });
  return args;
}

export interface ProcessResult {
  code: number | null;
  output: string;
  timedOut: boolean;
}

/** Runs argv[0] with the rest as arguments, capturing the last of its output; killed after `timeoutMs`. */
export function runProcess(
  argv: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-4000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs);
    child.once("error", (e) => {
      clearTimeout(timer);
      resolve({ code: null, output: `${output}${e.message}`, timedOut });
    });
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}
