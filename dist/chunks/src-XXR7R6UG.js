import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  dataSchemas,
  fingerprint,
  runInferContract,
  runValidateData
} from "./chunk-M2OK47GM.js";
import "./chunk-RAR6WTNN.js";
import {
  DATA_TYPES,
  DataContractSchema,
  emptyContract,
  formatOf,
  loadContract,
  readTable,
  scanDataset
} from "./chunk-T7HTAII3.js";
import "./chunk-3TW7JLGS.js";
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
