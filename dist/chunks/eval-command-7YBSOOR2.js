import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  DEFAULT_SHARD_DIR,
  DEFAULT_SUITES,
  lineageOf,
  parseShard,
  redactEnvelope,
  resolveSuites,
  runEvaluateLlm
} from "./chunk-3BIOQIDP.js";
import "./chunk-SXOIBMAW.js";
import "./chunk-Y4GNVVGN.js";
import "./chunk-P2DD6EIG.js";
import "./chunk-4IFPBSRH.js";
import "./chunk-M4EWOKBN.js";
import "./chunk-35TFSGTV.js";
import "./chunk-V34PHYPU.js";
import "./chunk-4DRWWUI2.js";
import "./chunk-XJGEY623.js";
import "./chunk-NVZX4PQU.js";
import "./chunk-6FBGY4P7.js";
import "./chunk-XR2IEJ4Y.js";
import "./chunk-PYTCQQ7B.js";
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
