import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  type Check,
  type CommandIO,
  ConfigError,
  configLocator,
  DEFAULT_RESULTS_DIR,
  type Envelope,
  evaluateGates,
  type Lineage,
  type Metric,
  newEnvelope,
  runLineage,
  type Status,
  sha256Hex,
  statusFromChecks,
  throwConfigErrors,
  unknownGateMetrics,
  writeEnvelope,
} from "@mlops/core";
import {
  contractChecks,
  type DataFormat,
  type DatasetScan,
  type DriftSummary,
  driftChecks,
  emptyContract,
  fingerprint,
  keepDistributions,
  leakageChecks,
  loadContract,
  qualityChecks,
  scanDataset,
  scanInWorker,
  validationDetails,
  type WorkerScan,
} from "@mlops/data";

/**
 * `validate-data`: one pass over the data (and one over the reference), then the contract's checks,
 * quality, drift and leakage, the configured gates, and one result envelope. Bad input — a malformed
 * file, a wrong contract — still leaves an envelope with status `error` saying where and what to do.
 */

export interface ValidateDataOptions {
  /** The dataset to validate (CSV, JSONL or Parquet; gzip allowed). */
  data: string;
  /** The reference dataset (e.g. the training data) for drift and leakage. */
  reference?: string;
  /** The data contract (YAML or JSON); without one, types are inferred and defaults apply. */
  contract?: string;
  /** Name of the dataset in the report (default: the contract's name, else the file name). */
  name?: string;
  resultsDir?: string;
}

export type ValidateDataIO = CommandIO;

export interface ValidateDataResult {
  status: Status;
  envelopePath: string;
  envelope: Envelope;
}

export async function runValidateData(
  options: ValidateDataOptions,
  io: ValidateDataIO,
): Promise<ValidateDataResult> {
  const { logger } = io;
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? process.env;
  const now = io.now ?? (() => new Date());
  const started = now();
  const resultsDir = path.resolve(cwd, options.resultsDir || DEFAULT_RESULTS_DIR);
  const dataFile = path.resolve(cwd, options.data);
  const referenceFile = options.reference ? path.resolve(cwd, options.reference) : undefined;
  const shown = (f: string) => path.relative(cwd, f) || f;
  const lineage: Lineage = await runLineage(cwd, env);
  let subjectName = options.name || path.basename(options.data);

  // Until the data is read, a failure is reported against the dataset's name alone.
  const draft = newEnvelope({
    kind: "data-validation",
    title: `Data: ${subjectName}`,
    subject: { type: "dataset", name: subjectName },
    startedAt: started.toISOString(),
    lineage,
  });
  io.draft?.(draft, { resultsDir });
  const contractFile = options.contract ? path.resolve(cwd, options.contract) : undefined;
  const contract = contractFile ? await loadContract(contractFile) : emptyContract();
  if (contractFile) {
    // A gate on a metric never produced would only show as an error once the whole file had been read.
    const evaluation = { what: "validate-data", known: DATA_VALIDATION_METRICS };
    throwConfigErrors(unknownGateMetrics(contract.gates, evaluation, await configLocator(contractFile)));
  }
  if (contractFile) lineage.configDigest = `sha256:${sha256Hex(await readFile(contractFile))}`;
  subjectName = options.name || contract.name || subjectName;
  draft.subject.name = subjectName;
  draft.title = `Data: ${subjectName}`;
  const contractName = contractFile ? shown(contractFile) : "(no contract)";

  // The reference is read on a worker thread while the data is read here; it needs the data's
  // column types, so it starts as soon as those are settled.
  let referenceJob: WorkerScan | undefined;
  let scan: DatasetScan;
  try {
    scan = await logger.group(`Read ${shown(dataFile)}`, () =>
      scanDataset(dataFile, {
        contract,
        contractFile: contractName,
        checks: true,
        label: `read ${shown(dataFile)}`,
        ...(referenceFile
          ? {
              onTypes: (types) => {
                referenceJob = scanInWorker(referenceFile, {
                  contract,
                  contractFile: contractName,
                  checks: false,
                  types: new Map(types),
                  label: `read ${shown(referenceFile)}`,
                  keepDistributions: true,
                });
              },
            }
          : {}),
      }),
    );
    // Rows that exist but cannot be read fail the contract's checks one by one, with their lines.
    if (scan.summary.rows === 0) {
      throw noDataRows(
        "the dataset",
        shown(dataFile),
        scan.summary.format,
        "point data at a file with a header and at least one row",
      );
    }
  } catch (e) {
    referenceJob?.cancel();
    throw e;
  }
  logger.info(
    `${scan.summary.rows} rows × ${scan.header.length} columns (${scan.summary.format}${scan.summary.gzip ? ", gzip" : ""})`,
  );
  let reference: DatasetScan | undefined;
  if (referenceFile && referenceJob) {
    const job = referenceJob;
    reference = await logger.group(`Read reference ${shown(referenceFile)}`, () => job.result);
    if (reference.goodRows === 0) {
      throw noDataRows(
        "the reference",
        shown(referenceFile),
        reference.summary.format,
        "point reference at the data the model was trained on (a header and at least one row)",
      );
    }
  }

  const checks: Check[] = contractChecks({ ...scan, file: shown(dataFile) }, contract);
  // Leakage needs the values row by row; quality and drift only their distributions, so after it the
  // columns are sorted in place once for both.
  const leakage = leakageChecks(
    scan,
    reference ? { ...reference, file: shown(referenceFile!) } : undefined,
    contract,
  );
  keepDistributions(scan);
  const quality = qualityChecks({ ...scan, file: shown(dataFile) }, contract);
  checks.push(...quality.checks);
  let drift: DriftSummary | undefined;
  if (reference && contract.drift.enabled) {
    drift = driftChecks(scan, reference, contract);
    checks.push(...drift.columns.map((d) => d.check), drift.dataset);
  }
  checks.push(...leakage);

  const metrics = metricsOf(scan, reference, drift, checks);
  checks.push(...evaluateGates(contract.gates, metrics));

  const fp = fingerprint(scan);
  const refFp = reference ? fingerprint(reference) : undefined;
  lineage.datasets = [
    { name: shown(dataFile), digest: fp.content },
    { name: `${shown(dataFile)} (schema)`, digest: fp.schema },
    ...(refFp && referenceFile
      ? [
          { name: shown(referenceFile), digest: refFp.content },
          { name: `${shown(referenceFile)} (schema)`, digest: refFp.schema },
        ]
      : []),
  ];
  lineage.parameters = {
    contract: contractName,
    analysisRows: contract.analysisRows,
    sampled: scan.sampled || (reference?.sampled ?? false),
  };
  const status = statusFromChecks(checks);
  const failed = checks.filter((c) => c.status === "fail" || c.status === "error");
  const envelope = newEnvelope({
    kind: "data-validation",
    title: `Data: ${subjectName}`,
    subject: {
      type: "dataset",
      name: subjectName,
      digest: fp.content,
      ...(refFp && referenceFile ? { baseline: { name: shown(referenceFile), digest: refFp.content } } : {}),
    },
    status,
    startedAt: started.toISOString(),
    durationMs: Math.max(0, now().getTime() - started.getTime()),
    summary: summaryLine(scan, drift, {
      failed: failed.filter((c) => c.severity === "fail").length,
      warnings: failed.filter((c) => c.severity !== "fail").length,
    }),
    metrics,
    checks,
    details: validationDetails(scan, drift, quality.outliers, checks),
    lineage,
  });
  for (const c of failed.slice(0, 10)) {
    const text = `${c.title}: ${c.message ?? c.observed ?? c.status}`;
    if (c.severity === "fail") logger.error(text, c.location);
    else logger.warn(text, c.location);
  }
  const envelopePath = await writeEnvelope(resultsDir, envelope);
  return { status: envelope.status, envelopePath, envelope };
}

/**
 * A file without data rows: nothing to check or to compare with, which must stop the run rather than
 * pass. It is located where the first row belongs (after a CSV header; Parquet has no lines).
 */
function noDataRows(what: string, file: string, format: DataFormat, hint: string): ConfigError {
  const line = format === "csv" ? 2 : format === "jsonl" ? 1 : undefined;
  return new ConfigError(`${what} has no data rows`, {
    location: { file, ...(line === undefined ? {} : { line }) },
    hint,
  });
}

/**
 * Every metric validate-data can produce: duplicate_share when duplicates are checked, reference_rows
 * and shared_rows with a reference, drift_share and drifted_columns when drift is tested.
 */
const DATA_VALIDATION_METRICS = [
  "rows",
  "columns",
  "missing_share",
  "invalid_share",
  "malformed_rows",
  "failed_checks",
  "duplicate_share",
  "reference_rows",
  "drift_share",
  "drifted_columns",
  "shared_rows",
] as const;
type DataValidationMetric = (typeof DATA_VALIDATION_METRICS)[number];

function metricsOf(
  scan: DatasetScan,
  reference: DatasetScan | undefined,
  drift: DriftSummary | undefined,
  checks: readonly Check[],
): Record<string, Metric> {
  let cells = 0;
  let nulls = 0;
  let invalid = 0;
  for (const c of scan.columns) {
    cells += c.rows;
    nulls += c.nulls;
    invalid += c.invalid.failed;
  }
  const metrics: Partial<Record<DataValidationMetric, Metric>> = {
    rows: { value: scan.summary.rows, greaterIsBetter: true },
    columns: { value: scan.header.length },
    missing_share: { value: cells === 0 ? 0 : nulls / cells, n: cells, greaterIsBetter: false },
    invalid_share: { value: cells === 0 ? 0 : invalid / cells, n: cells, greaterIsBetter: false },
    malformed_rows: { value: scan.malformed.failed, greaterIsBetter: false },
    // Blocking checks only: a warning is counted as one, in the summary, never as a failure.
    failed_checks: {
      value: checks.filter((c) => (c.status === "fail" || c.status === "error") && c.severity === "fail")
        .length,
      greaterIsBetter: false,
    },
  };
  const duplicates = checks.find((c) => c.id === "quality:duplicate-rows" || c.id === "table:duplicate-rows");
  if (duplicates?.examples !== undefined || duplicates) {
    const match = /^(\d+) of (\d+)/.exec(String(duplicates.observed ?? ""));
    if (match) {
      metrics.duplicate_share = {
        value: Number(match[1]) / Math.max(1, Number(match[2])),
        n: Number(match[2]),
        greaterIsBetter: false,
      };
    }
  }
  if (reference) metrics.reference_rows = { value: reference.summary.rows };
  if (drift) {
    metrics.drift_share = { value: drift.share, n: drift.tested, greaterIsBetter: false };
    metrics.drifted_columns = { value: drift.drifted, n: drift.tested, greaterIsBetter: false };
  }
  const shared = checks.find((c) => c.id === "leakage:shared-rows");
  const sharedMatch = /^(\d+) of/.exec(String(shared?.observed ?? ""));
  if (sharedMatch) metrics.shared_rows = { value: Number(sharedMatch[1]), greaterIsBetter: false };
  return metrics;
}

function summaryLine(
  scan: DatasetScan,
  drift: DriftSummary | undefined,
  counts: { failed: number; warnings: number },
): string {
  const parts = [`${scan.summary.rows} rows × ${scan.header.length} columns`];
  if (drift && drift.share !== null) parts.push(`${drift.drifted}/${drift.tested} columns drifted`);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (counts.failed > 0) parts.push(`${plural(counts.failed, "check")} failed`);
  if (counts.warnings > 0) parts.push(plural(counts.warnings, "warning"));
  if (counts.failed + counts.warnings === 0) parts.push("all checks pass");
  return parts.join(", ");
}
