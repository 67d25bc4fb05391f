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
} from "./chunk-3OY2ICZM.js";
import "./chunk-SNH6PZKR.js";
import "./chunk-72VR2ETG.js";
import {
  DATA_TYPES,
  DataContractSchema,
  emptyContract,
  formatOf,
  keepDistributions,
  loadContract,
  readTable,
  scanDataset,
  scanInWorker
} from "./chunk-TUIUSE7J.js";
import "./chunk-DNX3ZVUW.js";
import "./chunk-4PMVCHUS.js";
import "./chunk-XR2IEJ4Y.js";
import "./chunk-H53TV354.js";
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
  readTable,
  runInferContract,
  scanDataset,
  scanInWorker,
  validationDetails
};
