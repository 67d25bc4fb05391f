import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  DEFAULT_SHARD_DIR,
  DEFAULT_SUITES,
  lineageOf,
  parseShard,
  redactEnvelope,
  resolveSuites,
  runEvaluateLlm
} from "./chunk-DLG33FVL.js";
import "./chunk-Y4GNVVGN.js";
import "./chunk-4IFPBSRH.js";
import "./chunk-P2DD6EIG.js";
import "./chunk-Q44M3MMD.js";
import "./chunk-QVYAFETS.js";
import "./chunk-NTO6LIZC.js";
import "./chunk-7TRTOVFM.js";
import "./chunk-MCPLEVDR.js";
import "./chunk-G2WKEVQ3.js";
import "./chunk-XR2IEJ4Y.js";
import "./chunk-PYTCQQ7B.js";
import "./chunk-H53TV354.js";
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
