import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  DEFAULT_SHARD_DIR,
  DEFAULT_SUITES,
  lineageOf,
  parseShard,
  redactEnvelope,
  resolveSuites,
  runEvaluateLlm
} from "./chunk-IG3PXZYG.js";
import "./chunk-Y4GNVVGN.js";
import "./chunk-SXOIBMAW.js";
import "./chunk-4IFPBSRH.js";
import "./chunk-M4EWOKBN.js";
import "./chunk-2R4OMMKR.js";
import "./chunk-QAGFWTI6.js";
import "./chunk-SJDILV5R.js";
import "./chunk-7PAUGPJD.js";
import "./chunk-SECSPIXV.js";
import "./chunk-RHP27KEX.js";
import "./chunk-6FBGY4P7.js";
import "./chunk-BY35247W.js";
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
