import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  scanInWorker
} from "./chunk-ICGKENMM.js";
import "./chunk-RAID66OM.js";
import "./chunk-3VEFZ3T7.js";
import "./chunk-NJEOFDCD.js";
import "./chunk-QJLDF3E3.js";
import "./chunk-UST2DAMY.js";
import "./chunk-6FBGY4P7.js";
import "./chunk-PYTCQQ7B.js";
import "./chunk-S3SELVUN.js";
import "./chunk-XR2IEJ4Y.js";
import "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";
export {
  scanInWorker
};
