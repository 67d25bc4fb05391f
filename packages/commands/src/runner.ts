import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import {
  allowEnvReferences,
  confineReads,
  createLogger,
  DEFAULT_RESULTS_DIR,
  type Envelope,
  envelopeFileName,
  type Lineage,
  type Logger,
  logFailure,
  neutraliseCommands,
  redact,
  runLineage,
  writeEnvelope,
} from "@mlops/core";
import { Cancellation } from "./cancellation.ts";
import { Cancelled, errorEnvelope, relativeLocation } from "./error-result.ts";
import { failedChecksOf } from "./failed-checks.ts";
import type { InputError } from "./input-types.ts";
import { confinePathInputs, type InputSurface, readInputs } from "./input-values.ts";
import { type AnyCommandSpec, type CommandResult, exitCodeFor, type FailOn, type RunIO } from "./spec.ts";

/**
 * The one runner every action and CLI command goes through: inputs read through the spec, the run
 * context, an `error` result for every failure (naming the failed input or file), outputs, the one exit
 * rule, and cancellation.
 */

export interface RunnerOptions {
  logger?: Logger;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  now?: () => Date;
  stdout?: (text: string) => void;
  setOutput?: (name: string, value: string) => void;
  /**
   * After SIGINT/SIGTERM, how long work in flight may take to finish before the result is written
   * anyway. GitHub sends SIGTERM 7.5 s after SIGINT and kills 2.5 s later, so 5 s leaves room to write.
   */
  graceMs?: number;
}

const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };

type Outcome = { ok: true; result: CommandResult } | { ok: false; error: unknown } | { ok: "hung" };
type Draft = { envelope: Envelope; resultsDir: string; variant?: string };

export async function runCommand(
  spec: AnyCommandSpec,
  surface: InputSurface,
  options: RunnerOptions = {},
): Promise<number> {
  const logger = options.logger ?? createLogger();
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const cancellation = new Cancellation(logger, options.graceMs ?? 5000);
  let lineage: Promise<Lineage> | undefined;
  let draft: Draft | undefined;
  const io: RunIO = {
    logger,
    env,
    cwd,
    now,
    signal: cancellation.signal,
    lineage: () => {
      lineage ??= runLineage(cwd, env);
      return lineage;
    },
    draft: (envelope, where) => {
      draft = { envelope, ...where };
    },
    print: options.stdout ?? ((text) => process.stdout.write(neutraliseCommands(redact(text)))),
  };

  const { values, error: inputError } = readInputs(spec.inputs, surface, (s) => logger.mask(s));
  let outcome: Outcome;
  try {
    outcome = await execute(spec, values, inputError, surface, io, cancellation);
  } finally {
    cancellation.dispose();
    confineReads(undefined);
    allowEnvReferences(undefined);
  }
  const cancelledBy = cancellation.by;
  const { result, code } =
    outcome.ok === true && !cancelledBy
      ? await succeeded(spec, values, outcome.result, io)
      : await failed(spec, values, failure(outcome, cancelledBy), draft, io, startedAt);
  logger.info(`status: ${result.status}`);
  setOutputs(spec, result, options.setOutput);
  if (cancelledBy && outcome.ok === "hung") {
    // Work still in flight would keep the process alive past the runner's kill: the result is written.
    process.exit(code);
  }
  return code;
}

/** Runs the command once its inputs are known good, racing the grace period after a cancellation. */
async function execute(
  spec: AnyCommandSpec,
  values: Record<string, unknown>,
  inputError: InputError | undefined,
  surface: InputSurface,
  io: RunIO,
  cancellation: Cancellation,
): Promise<Outcome> {
  try {
    if (inputError) throw inputError;
    // In a workflow a pull request controls the checkout, symlinks included; locally the user is the author.
    if (io.env.GITHUB_ACTIONS === "true") {
      confineReads({
        cwd: io.cwd,
        workspace: io.env.GITHUB_WORKSPACE ?? io.cwd,
        allowed: (values["allow-paths"] as string[] | undefined) ?? [],
      });
      allowEnvReferences({ allowed: (values["allow-env"] as string[] | undefined) ?? [], env: io.env });
      const outside = confinePathInputs(spec.inputs, values, surface, io.cwd);
      if (outside) throw outside;
    }
    const running = spec.run(values, io).then(
      (result): Outcome => ({ ok: true, result }),
      (error): Outcome => ({ ok: false, error }),
    );
    return await Promise.race([running, cancellation.graceOver.then((): Outcome => ({ ok: "hung" }))]);
  } catch (error) {
    return { ok: false, error };
  }
}

/** What ended the run: the command's own cancellation (with what it completed), the signal, or its error. */
function failure(outcome: Outcome, cancelledBy: NodeJS.Signals | undefined): unknown {
  if (outcome.ok === false && outcome.error instanceof Cancelled) return outcome.error;
  if (cancelledBy) return new Cancelled(cancelledBy);
  return outcome.ok === false ? outcome.error : undefined;
}

async function succeeded(
  spec: AnyCommandSpec,
  values: Record<string, unknown>,
  result: CommandResult,
  io: RunIO,
): Promise<{ result: CommandResult; code: number }> {
  await removeStaleErrorResult(spec, values, io.cwd, result);
  logResult(io.logger, io.cwd, result);
  const failOn = (values["fail-on"] as FailOn | undefined) ?? "fail";
  const code = exitCodeFor(result.status, failOn);
  if (code !== 0) {
    const reasons = result.reasons?.length
      ? result.reasons
      : await failedChecksOf(result.envelopePaths, io.cwd);
    for (const reason of reasons.length > 0 ? reasons : [failureLine(spec.name, result.status, failOn)])
      io.logger.error(reason);
  }
  return { result, code };
}

async function failed(
  spec: AnyCommandSpec,
  values: Record<string, unknown>,
  error: unknown,
  draft: Draft | undefined,
  io: RunIO,
  startedAt: Date,
): Promise<{ result: CommandResult; code: number }> {
  const result: CommandResult = { status: "error", envelopePaths: [] };
  if (spec.evaluates) {
    const written = await writeErrorResult(spec, error, values, draft, io, startedAt);
    if (written) result.envelopePaths = [written];
  }
  logFailure(io.logger, withRelativeLocation(error, io.cwd));
  const code = error instanceof Cancelled ? (SIGNAL_EXIT[error.signal] ?? 1) : 1;
  return { result, code };
}

/** Where the error result of a run that failed before it had a result of its own is written. */
function fallbackResult(spec: AnyCommandSpec, values: Record<string, unknown>, cwd: string) {
  const resultsDir = path.resolve(cwd, (values["results-dir"] as string | undefined) ?? DEFAULT_RESULTS_DIR);
  let subject: Envelope["subject"] = { type: spec.evaluates!, name: spec.name };
  try {
    if (spec.subject) subject = spec.subject(values);
  } catch {
    // The inputs the subject is named from were themselves bad; the command's name stands in.
  }
  return {
    resultsDir,
    subject,
    file: path.join(resultsDir, envelopeFileName({ kind: spec.evaluates!, subject })),
  };
}

/**
 * A run that succeeds replaces the error result an earlier failed run left under the fallback name,
 * so the report never shows a failure that a rerun fixed.
 */
async function removeStaleErrorResult(
  spec: AnyCommandSpec,
  values: Record<string, unknown>,
  cwd: string,
  result: CommandResult,
): Promise<void> {
  if (!spec.evaluates) return;
  const { file } = fallbackResult(spec, values, cwd);
  if (result.envelopePaths.some((p) => path.resolve(cwd, p) === file)) return;
  const stale = await readFile(file, "utf8").then(
    (text) => (JSON.parse(text) as { status?: string }).status === "error",
    () => false,
  );
  if (stale) await rm(file, { force: true });
}

async function writeErrorResult(
  spec: AnyCommandSpec,
  error: unknown,
  values: Record<string, unknown>,
  draft: Draft | undefined,
  io: RunIO,
  startedAt: Date,
): Promise<string | undefined> {
  const fallback = fallbackResult(spec, values, io.cwd);
  const resultsDir = draft?.resultsDir ?? fallback.resultsDir;
  const envelope = errorEnvelope(error, {
    draft: draft?.envelope,
    kind: spec.evaluates!,
    subject: fallback.subject,
    startedAt,
    endedAt: io.now(),
    lineage: draft ? draft.envelope.lineage : await io.lineage().catch(() => ({})),
    cwd: io.cwd,
  });
  try {
    const file = await writeEnvelope(resultsDir, envelope, draft?.variant ? { variant: draft.variant } : {});
    io.logger.info(`result: error → ${path.relative(io.cwd, file) || file}`);
    return file;
  } catch (e) {
    io.logger.warn(`could not write the error result to ${resultsDir}: ${(e as Error).message}`);
    return undefined;
  }
}

function withRelativeLocation(error: unknown, cwd: string): unknown {
  const location = relativeLocation(error, cwd);
  if (!location || !(error instanceof Error)) return error;
  return Object.create(error, { location: { value: location } });
}

function logResult(logger: Logger, cwd: string, result: CommandResult): void {
  for (const file of result.envelopePaths) {
    logger.info(`result: ${result.status} → ${path.relative(cwd, file) || file}`);
  }
}

function failureLine(name: string, status: string, failOn: FailOn): string {
  if (status === "fail")
    return `${name}: required checks failed (status fail); see the result for each check`;
  return `${name}: status ${status}${failOn === "warn" ? " and fail-on is warn" : ""}`;
}

function setOutputs(
  spec: AnyCommandSpec,
  result: CommandResult,
  setOutput: ((name: string, value: string) => void) | undefined,
): void {
  if (!setOutput) return;
  for (const [name, output] of Object.entries(spec.outputs)) {
    setOutput(name, output.value(result) ?? "");
  }
}
