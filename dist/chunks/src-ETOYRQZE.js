import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  dataSchemas,
  fingerprint,
  runInferContract,
  runValidateData
} from "./chunk-BDXP3SDU.js";
import "./chunk-EGEH3RO7.js";
import {
  DATA_TYPES,
  DataContractSchema,
  emptyContract,
  formatOf,
  loadContract,
  readTable,
  scanDataset
} from "./chunk-IZAXYVCT.js";
import "./chunk-JQ4BWDBP.js";
import "./chunk-IRBGD2ZG.js";
import "./chunk-XR2IEJ4Y.js";
import "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";
export {
  DATA_TYPES,
  DataContractSchema,
  dataSchemas,
  emptyContract,
  fingerprint,
  formatOf,
  loadContract,
  readTable,
  runInferContract,
  runValidateData,
  scanDataset
};
