import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { loadConfigFile, type Metric } from "@mlops/core";
import * as z from "zod";
import { judgePromptDir } from "./judge-prompts.ts";

/**
 * The last measured agreement of each judge prompt version with human labels, committed beside the
 * prompts it measures (`prompts/judges/agreement.json`), so it ships wherever they do and every eval
 * graded by a judge can say how far that judge's version was found to agree with people.
 */

export const AGREEMENT_RECORD_FILE = "agreement.json";

const MeasurementSchema = z
  .object({
    accuracy: z.number().min(0).max(1).nullable(),
    kappa: z.number().min(-1).max(1).nullable(),
    n: z.number().int().nonnegative(),
    measured_at: z.iso.datetime({ offset: true }),
  })
  .strict();
export type Measurement = z.output<typeof MeasurementSchema>;

/** Prompt id (e.g. `judges/factuality`) → prompt version → its last measurement. */
const AgreementRecordSchema = z.record(z.string(), z.record(z.string(), MeasurementSchema));
export type AgreementRecord = z.output<typeof AgreementRecordSchema>;

/** Where a prompt file's agreement is recorded: beside it. */
export const agreementRecordFile = (promptFile: string) =>
  path.join(path.dirname(promptFile), AGREEMENT_RECORD_FILE);

/** The record of the project's judge prompts, which ships beside them. */
export const readJudgeAgreementRecord = (): Promise<AgreementRecord> =>
  readAgreementRecord(path.join(judgePromptDir(), "judges", AGREEMENT_RECORD_FILE));

/** The record, empty when there is none yet; a malformed one is reported with its file and line. */
export async function readAgreementRecord(file: string): Promise<AgreementRecord> {
  return existsSync(file) ? loadConfigFile(file, AgreementRecordSchema) : {};
}

/** The measurement an eval's agreement metrics make; undefined when the eval measured none. */
export function measurementOf(metrics: Record<string, Metric>, measuredAt: Date): Measurement | undefined {
  const { agreement_accuracy: accuracy, agreement_kappa: kappa } = metrics;
  if (!accuracy || !kappa || accuracy.value === null) return undefined;
  return {
    accuracy: accuracy.value,
    kappa: kappa.value,
    n: accuracy.n ?? 0,
    measured_at: measuredAt.toISOString(),
  };
}

/** The record with this version's measurement in place of any earlier one, prompts and versions in order. */
export function withMeasurement(
  record: AgreementRecord,
  promptId: string,
  version: string,
  measurement: Measurement,
): AgreementRecord {
  const versions = { ...record[promptId], [version]: measurement };
  const next = { ...record, [promptId]: sortedKeys(versions) };
  return sortedKeys(next);
}

const sortedKeys = <T>(o: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true })));

export async function writeAgreementRecord(file: string, record: AgreementRecord): Promise<void> {
  await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
}
