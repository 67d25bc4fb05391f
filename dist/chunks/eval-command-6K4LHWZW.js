import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  DEFAULT_SHARD_DIR,
  DEFAULT_SUITES,
  lineageOf,
  parseShard,
  redactEnvelope,
  resolveSuites,
  runEvaluateLlm
} from "./chunk-5T3KKVMH.js";
import "./chunk-Y4GNVVGN.js";
import "./chunk-4IFPBSRH.js";
import "./chunk-6P4VBSFN.js";
import "./chunk-QWQCC7YB.js";
import "./chunk-FKW7QOM4.js";
import "./chunk-4PMVCHUS.js";
import "./chunk-XR2IEJ4Y.js";
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
