export type { Example } from "./cell-checks.ts";
export type { ColumnContract, DataContract, DataContractInput } from "./contract.ts";
export { DataContractSchema, emptyContract, loadContract } from "./contract.ts";
export type { CsvTable } from "./csv-table.ts";
export { parseCsvTable, readCsvTable } from "./csv-table.ts";
export type { DataType } from "./data-types.ts";
export { DATA_TYPES } from "./data-types.ts";
export type { Fingerprint } from "./fingerprint.ts";
export { fingerprint } from "./fingerprint.ts";
export type { InferContractOptions, InferContractResult } from "./infer-contract.ts";
export { runInferContract } from "./infer-contract.ts";
export { dataSchemas } from "./schemas.ts";
export { formatOf, readTable } from "./table-reader.ts";
export type { ColumnScan, DatasetScan, ScanOptions } from "./table-scan.ts";
export { scanDataset } from "./table-scan.ts";
export type { DataFormat, ReadOptions, ReadSummary, RowIssue, TableSink } from "./table-sink.ts";
export type {
  FailOn,
  ValidateDataIO,
  ValidateDataOptions,
  ValidateDataResult,
} from "./validate-data-command.ts";
export { runValidateData } from "./validate-data-command.ts";
