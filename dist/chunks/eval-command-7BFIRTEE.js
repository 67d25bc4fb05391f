import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  DEFAULT_SHARD_DIR,
  DEFAULT_SUITES,
  lineageOf,
  parseShard,
  redactEnvelope,
  resolveSuites,
  runEvaluateLlm
} from "./chunk-LTXWYSIT.js";
import "./chunk-Y4GNVVGN.js";
import "./chunk-4IFPBSRH.js";
import "./chunk-4HPRKM5I.js";
import "./chunk-SNH6PZKR.js";
import "./chunk-72VR2ETG.js";
import "./chunk-DNX3ZVUW.js";
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
