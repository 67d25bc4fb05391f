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
} from "./chunk-5VRGCRIL.js";
import "./chunk-WOVPB3O7.js";
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
} from "./chunk-4ZNSJFRS.js";
import "./chunk-LOATD5SY.js";
import "./chunk-XJGEY623.js";
import "./chunk-NVZX4PQU.js";
import "./chunk-G2WKEVQ3.js";
import "./chunk-XR2IEJ4Y.js";
import "./chunk-PYTCQQ7B.js";
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
