import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  DEFAULT_SHARD_DIR,
  DEFAULT_SUITES,
  lineageOf,
  parseShard,
  redactEnvelope,
  resolveSuites,
  runEvaluateLlm
} from "./chunk-4TEAXXL3.js";
import "./chunk-Y4GNVVGN.js";
import "./chunk-SXOIBMAW.js";
import "./chunk-4IFPBSRH.js";
import "./chunk-ZEAHTK5M.js";
import "./chunk-JHYWLUR6.js";
import "./chunk-VUGF5SOQ.js";
import "./chunk-TY2YMUES.js";
import "./chunk-DG7BS5UH.js";
import "./chunk-CNVH75I3.js";
import "./chunk-M4EWOKBN.js";
import "./chunk-XSUZOP4V.js";
import "./chunk-6FBGY4P7.js";
import "./chunk-G4QNM2E2.js";
import "./chunk-PYTCQQ7B.js";
import "./chunk-FJY5M3V4.js";
import "./chunk-33725BPV.js";
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
