import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  DEFAULT_SHARD_DIR,
  DEFAULT_SUITES,
  lineageOf,
  parseShard,
  redactEnvelope,
  resolveSuites,
  runEvaluateLlm
} from "./chunk-D4VJAOK6.js";
import "./chunk-Y4GNVVGN.js";
import "./chunk-SXOIBMAW.js";
import "./chunk-BE5R5EAZ.js";
import "./chunk-V2FYCGCD.js";
import "./chunk-TTSOQIV2.js";
import "./chunk-APGX6RG2.js";
import "./chunk-4IFPBSRH.js";
import "./chunk-U3LT55FB.js";
import "./chunk-M4EWOKBN.js";
import "./chunk-EOMVTV7Q.js";
import "./chunk-6FBGY4P7.js";
import "./chunk-4SSRUAK6.js";
import "./chunk-S3SELVUN.js";
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
