import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  DEFAULT_SHARD_DIR,
  DEFAULT_SUITES,
  lineageOf,
  parseShard,
  redactEnvelope,
  resolveSuites,
  runEvaluateLlm
} from "./chunk-XBHGFSLA.js";
import "./chunk-Y4GNVVGN.js";
import "./chunk-SXOIBMAW.js";
import "./chunk-4IFPBSRH.js";
import "./chunk-RAID66OM.js";
import "./chunk-3VEFZ3T7.js";
import "./chunk-NJEOFDCD.js";
import "./chunk-I66DVT6G.js";
import "./chunk-QJLDF3E3.js";
import "./chunk-2AOJNGR7.js";
import "./chunk-M4EWOKBN.js";
import "./chunk-WGGNA6RV.js";
import "./chunk-6FBGY4P7.js";
import "./chunk-LWDKQ5BL.js";
import "./chunk-PYTCQQ7B.js";
import "./chunk-S3SELVUN.js";
import "./chunk-XR2IEJ4Y.js";
import "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";
export {
  DEFAULT_SHARD_DIR,
  DEFAULT_SUITES,
  lineageOf,
  parseShard,
  redactEnvelope,
  resolveSuites,
  runEvaluateLlm
};
