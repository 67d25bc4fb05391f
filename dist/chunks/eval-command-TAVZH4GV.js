import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  DEFAULT_SHARD_DIR,
  DEFAULT_SUITES,
  lineageOf,
  parseShard,
  redactEnvelope,
  resolveSuites,
  runEvaluateLlm
} from "./chunk-PNUQ6NIK.js";
import "./chunk-Y4GNVVGN.js";
import "./chunk-P2DD6EIG.js";
import "./chunk-4IFPBSRH.js";
import "./chunk-R6Z67ON4.js";
import "./chunk-SIS5APB5.js";
import "./chunk-YPBNJFO5.js";
import "./chunk-OBZ6AIEW.js";
import "./chunk-BERDQD34.js";
import "./chunk-G2WKEVQ3.js";
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
