import {
  compileLinearRegex,
  explainRegexProblem,
  GatesSchema,
  LinearRegex,
  loadConfigFile,
  parseConfigText,
} from "@mlops/core";
import { DRIFT_METHODS } from "@mlops/stats";
import * as z from "zod";
import { DATA_TYPES } from "./data-types.ts";
import { DEFAULT_READ_LIMITS, formatBytes, RATIO_GRACE_BYTES } from "./read-limits.ts";

/**
 * The data contract: what a dataset must look like (columns, table rules), plus how to judge its
 * quality, drift against a reference and leakage. Every check takes a `mostly` tolerance (the share of
 * evaluated rows that must pass, as in Great Expectations) and a `severity` (`fail` blocks, `warn`
 * reports). A constraint is written either bare (`min: 0`) or with its own tuning
 * (`min: { value: 0, mostly: 0.99, severity: warn }`).
 */

const Severity = z.enum(["fail", "warn"]);
const Mostly = z.number().gt(0).max(1).describe("Share of evaluated rows that must pass (default 1)");
const tuning = {
  mostly: Mostly.optional(),
  severity: Severity.optional().describe("fail blocks, warn reports"),
};

function tuned<T extends z.ZodType>(value: T, description: string) {
  return z.union([value, z.object({ value, ...tuning }).strict()]).describe(description);
}

const Bound = z.union([z.number(), z.string()]);
const Scalar = z.union([z.string(), z.number(), z.boolean()]);

/** Refused where it is written when the linear-time engine cannot run it (backreferences, lookaround). */
const Pattern = z.string().superRefine((source, ctx) => {
  const re = compileLinearRegex(source);
  if (!(re instanceof LinearRegex)) ctx.addIssue({ code: "custom", message: explainRegexProblem(re) });
});

export const ColumnContractSchema = z
  .object({
    type: z.enum(DATA_TYPES).optional().describe("Inferred from the first rows when absent"),
    pattern: z
      .string()
      .optional()
      .describe("Date/datetime layout, e.g. DD/MM/YYYY or YYYY-MM-DD HH:mm:ss (default ISO 8601)"),
    description: z.string().optional(),
    required: z.boolean().default(true).describe("The column must be present"),
    nullable: tuned(z.boolean(), "false: every row must have a value").optional(),
    min: tuned(Bound, "Smallest allowed value (a date string for date columns)").optional(),
    max: tuned(Bound, "Largest allowed value (a date string for date columns)").optional(),
    allowed: tuned(z.array(Scalar).min(1), "The only values allowed").optional(),
    regex: tuned(
      Pattern,
      "Every value must match this regular expression (whole value, RE2 syntax: no backreferences or lookaround)",
    ).optional(),
    minLength: tuned(z.number().int().nonnegative(), "Shortest allowed text").optional(),
    maxLength: tuned(z.number().int().nonnegative(), "Longest allowed text").optional(),
    format: tuned(z.enum(["email", "url"]), "A well-known text format").optional(),
    unique: tuned(z.boolean(), "true: no value may repeat").optional(),
    mostly: Mostly.optional().describe("Default tolerance for this column's checks"),
    severity: Severity.optional().describe("Default severity for this column's checks"),
  })
  .strict();
export type ColumnContract = z.output<typeof ColumnContractSchema>;

export const RuleSchema = z
  .object({
    id: z.string().min(1).optional(),
    check: z
      .string()
      .min(1)
      .describe('A comparison of columns or a column and a value, e.g. "start_date <= end_date"'),
    description: z.string().optional(),
    ...tuning,
  })
  .strict();

export const TableContractSchema = z
  .object({
    rows: z
      .object({
        min: z.number().int().nonnegative().optional(),
        max: z.number().int().positive().optional(),
        severity: Severity.optional(),
      })
      .strict()
      .optional()
      .describe("Allowed row count"),
    noDuplicateRows: tuned(z.boolean(), "true: no row may repeat another").optional(),
    primaryKey: z
      .union([
        z.array(z.string()).min(1),
        z.object({ columns: z.array(z.string()).min(1), ...tuning }).strict(),
      ])
      .optional()
      .describe("Columns whose values together identify a row: present and unique"),
    rules: z.array(RuleSchema).default([]).describe("Cross-column rules"),
    forbiddenColumns: z.array(z.string()).default([]),
    extraColumns: Severity.or(z.literal("allow"))
      .default("allow")
      .describe("Columns the contract does not list: allow, warn or fail"),
    columnOrder: z.boolean().default(false).describe("true: columns must appear in the contract's order"),
    severity: Severity.optional().describe("Default severity for table checks"),
  })
  .strict();

export const QualitySchema = z
  .object({
    enabled: z.boolean().default(true),
    severity: Severity.default("warn"),
    maxNullShare: z
      .number()
      .min(0)
      .max(1)
      .default(0.5)
      .describe("Warn when a column has more missing values"),
    maxDuplicateShare: z.number().min(0).max(1).default(0.05).describe("deepchecks' DataDuplicates default"),
    outliers: z
      .object({
        method: z.enum(["iqr", "zscore"]).default("iqr"),
        threshold: z
          .number()
          .positive()
          .optional()
          .describe("IQR multiplier (default 1.5) or |z| (default 3)"),
        maxShare: z.number().min(0).max(1).default(0.05),
      })
      .strict()
      .default({ method: "iqr", maxShare: 0.05 }),
  })
  .strict();

export const ColumnDriftSchema = z
  .object({
    method: z.enum(DRIFT_METHODS).optional().describe("Overrides the default test for this column"),
    threshold: z.number().positive().optional(),
    enabled: z.boolean().default(true),
  })
  .strict();

export const DriftSchema = z
  .object({
    enabled: z.boolean().default(true),
    method: z.enum(DRIFT_METHODS).optional().describe("One test for every column instead of the defaults"),
    threshold: z.number().positive().optional(),
    columns: z.record(z.string(), ColumnDriftSchema).default({}),
    exclude: z.array(z.string()).default([]),
    share: z
      .number()
      .gt(0)
      .max(1)
      .default(0.5)
      .describe("Dataset drift when at least this share of columns drift"),
    shareColumns: z
      .enum(["features", "all"])
      .default("features")
      .describe(
        "Columns the dataset drift share counts: features, or all (label and prediction too, as Evidently's dataset drift does)",
      ),
    severity: Severity.default("warn").describe("Severity of each column's drift check"),
    datasetSeverity: Severity.default("fail").describe("Severity of the dataset drift check"),
  })
  .strict();

export const LeakageSchema = z
  .object({
    enabled: z.boolean().default(true),
    sharedRows: z
      .object({ maxShare: z.number().min(0).max(1).default(0), severity: Severity.default("fail") })
      .strict()
      .default({ maxShare: 0, severity: "fail" })
      .describe("Rows of the data that also appear in the reference (by content hash)"),
    timeColumn: z.string().optional().describe("Rows of the data must all be later than the reference's"),
    targetThreshold: z
      .number()
      .gt(0.5)
      .max(1)
      .default(0.95)
      .describe("A feature whose single-feature ROC AUC reaches this predicts the label suspiciously well"),
    severity: Severity.default("fail"),
  })
  .strict();

const byteLimit = (what: string, fallback: number) =>
  z
    .number()
    .int()
    .positive()
    .optional()
    .describe(`${what}, in bytes (default ${fallback}, ${formatBytes(fallback)})`);

export const ReadLimitsSchema = z
  .object({
    maxFieldBytes: byteLimit("Longest CSV field, quotes included", DEFAULT_READ_LIMITS.maxFieldBytes),
    maxRowBytes: byteLimit("Longest CSV row or JSON Lines line", DEFAULT_READ_LIMITS.maxRowBytes),
    maxDecompressedBytes: byteLimit(
      "Largest size a gzip file may expand to",
      DEFAULT_READ_LIMITS.maxDecompressedBytes,
    ),
    maxCompressionRatio: z
      .number()
      .positive()
      .optional()
      .describe(
        `Largest decompressed/compressed size ratio of a gzip file, checked past its first ${formatBytes(RATIO_GRACE_BYTES)} (default ${DEFAULT_READ_LIMITS.maxCompressionRatio})`,
      ),
    maxRowGroupBytes: byteLimit(
      "Largest uncompressed Parquet row group, as its footer states; each is decoded whole",
      DEFAULT_READ_LIMITS.maxRowGroupBytes,
    ),
  })
  .strict();

export const DataContractSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().min(1).optional().describe("Dataset name used in reports (default: the file name)"),
    description: z.string().optional(),
    csv: z
      .object({ delimiter: z.string().length(1).optional(), header: z.boolean().optional() })
      .strict()
      .optional(),
    limits: ReadLimitsSchema.optional().describe(
      "Caps on what reading a data file may take: a longer field or row, a gzip file expanding further or a larger Parquet row group stops with an error naming the line or row group",
    ),
    nullValues: z
      .array(z.string())
      .optional()
      .describe('Cell texts read as missing (default "", NA, N/A, null, NULL, None, NaN, nan)'),
    label: z.string().optional().describe("The label column: drift reported as label drift; leakage checks"),
    prediction: z.string().optional().describe("The prediction column: drift reported as prediction drift"),
    analysisRows: z
      .number()
      .int()
      .min(1000)
      .default(1_000_000)
      .describe("Rows kept per dataset for drift, outliers and leakage; above it, a seeded uniform sample"),
    columns: z.record(z.string(), ColumnContractSchema).default({}),
    table: TableContractSchema.default({
      rules: [],
      forbiddenColumns: [],
      extraColumns: "allow",
      columnOrder: false,
    }),
    quality: QualitySchema.default({
      enabled: true,
      severity: "warn",
      maxNullShare: 0.5,
      maxDuplicateShare: 0.05,
      outliers: { method: "iqr", maxShare: 0.05 },
    }),
    drift: DriftSchema.default({
      enabled: true,
      columns: {},
      exclude: [],
      share: 0.5,
      shareColumns: "features",
      severity: "warn",
      datasetSeverity: "fail",
    }),
    gates: GatesSchema.default([]).describe(
      "Gates on this evaluation's metrics (rows, columns, missing_share, invalid_share, malformed_rows, failed_checks, duplicate_share, reference_rows, drift_share, drifted_columns, shared_rows)",
    ),
    leakage: LeakageSchema.default({
      enabled: true,
      sharedRows: { maxShare: 0, severity: "fail" },
      targetThreshold: 0.95,
      severity: "fail",
    }),
  })
  .strict();
export type DataContract = z.output<typeof DataContractSchema>;
export type DataContractInput = z.input<typeof DataContractSchema>;

/** Reads a contract file (YAML or JSON); problems are ConfigErrors located to file:line. */
export function loadContract(file: string): Promise<DataContract> {
  return loadConfigFile(file, DataContractSchema);
}

/** The contract used when none is given: types inferred, default quality, drift and leakage. */
export function emptyContract(): DataContract {
  return parseConfigText("{}", "(default contract)", DataContractSchema);
}

/** A tuned constraint split into its value and tuning. */
export function untune<T>(c: T | { value: T; mostly?: number; severity?: "fail" | "warn" }): {
  value: T;
  mostly?: number;
  severity?: "fail" | "warn";
} {
  return c !== null && typeof c === "object" && !Array.isArray(c) && "value" in (c as object)
    ? (c as { value: T; mostly?: number; severity?: "fail" | "warn" })
    : { value: c as T };
}
