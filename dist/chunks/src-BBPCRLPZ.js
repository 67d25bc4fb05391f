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
} from "./chunk-IJM3MIFW.js";
import "./chunk-V34PHYPU.js";
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
} from "./chunk-BK7OGKWL.js";
import "./chunk-4DRWWUI2.js";
import "./chunk-XJGEY623.js";
import "./chunk-NVZX4PQU.js";
import "./chunk-6FBGY4P7.js";
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
