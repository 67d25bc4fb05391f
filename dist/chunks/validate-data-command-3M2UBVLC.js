import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  contractChecks,
  driftChecks,
  fingerprint,
  leakageChecks,
  qualityChecks,
  validationDetails
} from "./chunk-MDTBTSYR.js";
import {
  emptyContract,
  keepDistributions,
  loadContract,
  scanDataset,
  scanInWorker
} from "./chunk-2GV772SA.js";
import {
  evaluateGates,
  unknownGateMetrics
} from "./chunk-ZEAHTK5M.js";
import "./chunk-JHYWLUR6.js";
import "./chunk-VUGF5SOQ.js";
import {
  configLocator,
  throwConfigErrors
} from "./chunk-DG7BS5UH.js";
import "./chunk-UST2DAMY.js";
import {
  runLineage
} from "./chunk-M4EWOKBN.js";
import {
  DEFAULT_RESULTS_DIR,
  newEnvelope,
  sha256Hex,
  statusFromChecks,
  writeEnvelope
} from "./chunk-XSUZOP4V.js";
import "./chunk-6FBGY4P7.js";
import "./chunk-PYTCQQ7B.js";
import "./chunk-FJY5M3V4.js";
import "./chunk-33725BPV.js";
import {
  ConfigError
} from "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";

// packages/commands/src/validate-data/validate-data-command.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
async function runValidateData(options, io) {
  const { logger } = io;
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? process.env;
  const now = io.now ?? (() => /* @__PURE__ */ new Date());
  const started = now();
  const resultsDir = path.resolve(cwd, options.resultsDir || DEFAULT_RESULTS_DIR);
  const dataFile = path.resolve(cwd, options.data);
  const referenceFile = options.reference ? path.resolve(cwd, options.reference) : void 0;
  const shown = (f) => path.relative(cwd, f) || f;
  const lineage = await runLineage(cwd, env);
  let subjectName = options.name || path.basename(options.data);
  const draft = newEnvelope({
    kind: "data-validation",
    title: `Data: ${subjectName}`,
    subject: { type: "dataset", name: subjectName },
    startedAt: started.toISOString(),
    lineage
  });
  io.draft?.(draft, { resultsDir });
  const contractFile = options.contract ? path.resolve(cwd, options.contract) : void 0;
  const contract = contractFile ? await loadContract(contractFile) : emptyContract();
  if (contractFile) {
    const evaluation = { what: "validate-data", known: DATA_VALIDATION_METRICS };
    throwConfigErrors(unknownGateMetrics(contract.gates, evaluation, await configLocator(contractFile)));
  }
  if (contractFile) lineage.configDigest = `sha256:${sha256Hex(await readFile(contractFile))}`;
  subjectName = options.name || contract.name || subjectName;
  draft.subject.name = subjectName;
  draft.title = `Data: ${subjectName}`;
  const contractName = contractFile ? shown(contractFile) : "(no contract)";
  let referenceJob;
  let scan;
  try {
    scan = await logger.group(
      `Read ${shown(dataFile)}`,
      () => scanDataset(dataFile, {
        contract,
        contractFile: contractName,
        checks: true,
        label: `read ${shown(dataFile)}`,
        ...referenceFile ? {
          onTypes: (types) => {
            referenceJob = scanInWorker(referenceFile, {
              contract,
              contractFile: contractName,
              checks: false,
              types: new Map(types),
              label: `read ${shown(referenceFile)}`,
              keepDistributions: true
            });
          }
        } : {}
      })
    );
    if (scan.summary.rows === 0) {
      throw noDataRows(
        "the dataset",
        shown(dataFile),
        scan.summary.format,
        "point data at a file with a header and at least one row"
      );
    }
  } catch (e) {
    referenceJob?.cancel();
    throw e;
  }
  logger.info(
    `${scan.summary.rows} rows × ${scan.header.length} columns (${scan.summary.format}${scan.summary.gzip ? ", gzip" : ""})`
  );
  let reference;
  if (referenceFile && referenceJob) {
    const job = referenceJob;
    reference = await logger.group(`Read reference ${shown(referenceFile)}`, () => job.result);
    if (reference.goodRows === 0) {
      throw noDataRows(
        "the reference",
        shown(referenceFile),
        reference.summary.format,
        "point reference at the data the model was trained on (a header and at least one row)"
      );
    }
  }
  const checks = contractChecks({ ...scan, file: shown(dataFile) }, contract);
  const leakage = leakageChecks(
    scan,
    reference ? { ...reference, file: shown(referenceFile) } : void 0,
    contract
  );
  keepDistributions(scan);
  const quality = qualityChecks({ ...scan, file: shown(dataFile) }, contract);
  checks.push(...quality.checks);
  let drift;
  if (reference && contract.drift.enabled) {
    drift = driftChecks(scan, reference, contract);
    checks.push(...drift.columns.map((d) => d.check), drift.dataset);
  }
  checks.push(...leakage);
  const metrics = metricsOf(scan, reference, drift, checks);
  checks.push(...evaluateGates(contract.gates, metrics));
  const fp = fingerprint(scan);
  const refFp = reference ? fingerprint(reference) : void 0;
  lineage.datasets = [
    { name: shown(dataFile), digest: fp.content },
    { name: `${shown(dataFile)} (schema)`, digest: fp.schema },
    ...refFp && referenceFile ? [
      { name: shown(referenceFile), digest: refFp.content },
      { name: `${shown(referenceFile)} (schema)`, digest: refFp.schema }
    ] : []
  ];
  lineage.parameters = {
    contract: contractName,
    analysisRows: contract.analysisRows,
    sampled: scan.sampled || (reference?.sampled ?? false)
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
      ...refFp && referenceFile ? { baseline: { name: shown(referenceFile), digest: refFp.content } } : {}
    },
    status,
    startedAt: started.toISOString(),
    durationMs: Math.max(0, now().getTime() - started.getTime()),
    summary: summaryLine(scan, drift, {
      failed: failed.filter((c) => c.severity === "fail").length,
      warnings: failed.filter((c) => c.severity !== "fail").length
    }),
    metrics,
    checks,
    details: validationDetails(scan, drift, quality.outliers, checks),
    lineage
  });
  for (const c of failed.slice(0, 10)) {
    const text = `${c.title}: ${c.message ?? c.observed ?? c.status}`;
    if (c.severity === "fail") logger.error(text, c.location);
    else logger.warn(text, c.location);
  }
  const envelopePath = await writeEnvelope(resultsDir, envelope);
  return { status: envelope.status, envelopePath, envelope };
}
function noDataRows(what, file, format, hint) {
  const line = format === "csv" ? 2 : format === "jsonl" ? 1 : void 0;
  return new ConfigError(`${what} has no data rows`, {
    location: { file, ...line === void 0 ? {} : { line } },
    hint
  });
}
var DATA_VALIDATION_METRICS = [
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
  "shared_rows"
];
function metricsOf(scan, reference, drift, checks) {
  let cells = 0;
  let nulls = 0;
  let invalid = 0;
  for (const c of scan.columns) {
    cells += c.rows;
    nulls += c.nulls;
    invalid += c.invalid.failed;
  }
  const metrics = {
    rows: { value: scan.summary.rows, greaterIsBetter: true },
    columns: { value: scan.header.length },
    missing_share: { value: cells === 0 ? 0 : nulls / cells, n: cells, greaterIsBetter: false },
    invalid_share: { value: cells === 0 ? 0 : invalid / cells, n: cells, greaterIsBetter: false },
    malformed_rows: { value: scan.malformed.failed, greaterIsBetter: false },
    // Blocking checks only: a warning is counted as one, in the summary, never as a failure.
    failed_checks: {
      value: checks.filter((c) => (c.status === "fail" || c.status === "error") && c.severity === "fail").length,
      greaterIsBetter: false
    }
  };
  const duplicates = checks.find((c) => c.id === "quality:duplicate-rows" || c.id === "table:duplicate-rows");
  if (duplicates?.examples !== void 0 || duplicates) {
    const match = /^(\d+) of (\d+)/.exec(String(duplicates.observed ?? ""));
    if (match) {
      metrics.duplicate_share = {
        value: Number(match[1]) / Math.max(1, Number(match[2])),
        n: Number(match[2]),
        greaterIsBetter: false
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
function summaryLine(scan, drift, counts) {
  const parts = [`${scan.summary.rows} rows × ${scan.header.length} columns`];
  if (drift && drift.share !== null) parts.push(`${drift.drifted}/${drift.tested} columns drifted`);
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (counts.failed > 0) parts.push(`${plural(counts.failed, "check")} failed`);
  if (counts.warnings > 0) parts.push(plural(counts.warnings, "warning"));
  if (counts.failed + counts.warnings === 0) parts.push("all checks pass");
  return parts.join(", ");
}
export {
  runValidateData
};
