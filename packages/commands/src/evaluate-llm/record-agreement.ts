import path from "node:path";
import type { Envelope, Logger } from "@mlops/core";
import {
  agreementRecordFile,
  type LoadedSuite,
  measurementOf,
  type PromptEvaluation,
  readAgreementRecord,
  withMeasurement,
  writeAgreementRecord,
} from "@mlops/llm";

/**
 * Writes the agreement an eval measured into the record beside the prompt, for that prompt version.
 * Only a complete measurement is recorded: with calls that errored or were skipped it would stand on
 * part of the labelled set and read as if it stood on all of it.
 */
export async function recordAgreement(
  evaluation: PromptEvaluation,
  envelope: Envelope,
  loaded: Pick<LoadedSuite, "dir" | "suite">,
  measuredAt: Date,
  logger: Logger,
): Promise<string | undefined> {
  const { head } = evaluation;
  const measurement = measurementOf(envelope.metrics, measuredAt);
  if (!measurement) {
    logger.warn(`${head.id}: no agreement measured (the suite has no agreement: section); nothing recorded`);
    return undefined;
  }
  const missing = evaluation.results.filter(
    (r) => r.side === "head" && (r.status === "error" || r.status === "skipped"),
  ).length;
  if (missing > 0) {
    logger.warn(
      `${head.id}: ${missing} calls errored or were skipped; agreement not recorded — rerun to complete it`,
    );
    return undefined;
  }
  // From the prompt's id, not its file path: a shard file's paths are those of the machine that ran it.
  const file = agreementRecordFile(path.resolve(loaded.dir, loaded.suite.prompts_dir, `${head.id}.prompt`));
  const record = await readAgreementRecord(file);
  await writeAgreementRecord(file, withMeasurement(record, head.id, head.version, measurement));
  logger.info(`${head.id} ${head.version}: agreement recorded in ${file}`);
  return file;
}
