import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  contractChecks,
  csvRecord,
  dataSchemas,
  driftChecks,
  fingerprint,
  leakageChecks,
  parseCsvTable,
  qualityChecks,
  readCsvTable,
  runInferContract,
  validationDetails
} from "./chunk-MDTBTSYR.js";
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
} from "./chunk-2GV772SA.js";
import "./chunk-ZEAHTK5M.js";
import "./chunk-JHYWLUR6.js";
import "./chunk-VUGF5SOQ.js";
import "./chunk-DG7BS5UH.js";
import "./chunk-UST2DAMY.js";
import "./chunk-XSUZOP4V.js";
import "./chunk-6FBGY4P7.js";
import "./chunk-PYTCQQ7B.js";
import "./chunk-FJY5M3V4.js";
import "./chunk-33725BPV.js";
import "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";
export {
  DATA_TYPES,
  DataContractSchema,
  contractChecks,
  csvRecord,
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
