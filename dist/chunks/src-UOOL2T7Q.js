import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  contractChecks,
  dataSchemas,
  driftChecks,
  fingerprint,
  leakageChecks,
  qualityChecks,
  runInferContract,
  validationDetails
} from "./chunk-F7XOQVGW.js";
import "./chunk-XUYGICKD.js";
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
} from "./chunk-6FHENFQP.js";
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
  qualityChecks,
  readTable,
  runInferContract,
  scanDataset,
  scanInWorker,
  validationDetails
};
