import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  contractChecks,
  dataSchemas,
  driftChecks,
  fingerprint,
  leakageChecks,
  parseCsvTable,
  qualityChecks,
  readCsvTable,
  runInferContract,
  validationDetails
} from "./chunk-TKMU2VME.js";
import {
  DATA_TYPES,
  DataContractSchema,
  emptyContract,
  formatOf,
  keepDistributions,
  loadContract,
  readHeader,
  readTable,
  scanDataset,
  scanInWorker
} from "./chunk-6XM6M7HG.js";
import "./chunk-S3KUB4KO.js";
import "./chunk-V2FYCGCD.js";
import "./chunk-APGX6RG2.js";
import "./chunk-2SWKEQTX.js";
import "./chunk-6FBGY4P7.js";
import "./chunk-PYTCQQ7B.js";
import "./chunk-S3SELVUN.js";
import "./chunk-XR2IEJ4Y.js";
import "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";
export {
  DATA_TYPES,
  DataContractSchema,
  contractChecks,
  dataSchemas,
  driftChecks,
  emptyContract,
  fingerprint,
  formatOf,
  keepDistributions,
  leakageChecks,
  loadContract,
  parseCsvTable,
  qualityChecks,
  readCsvTable,
  readHeader,
  readTable,
  runInferContract,
  scanDataset,
  scanInWorker,
  validationDetails
};
