import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  DEFAULT_SHARD_DIR,
  DEFAULT_SUITES,
  lineageOf,
  parseShard,
  redactEnvelope,
  resolveSuites,
  runEvaluateLlm
} from "./chunk-3DBGTLX6.js";
import "./chunk-Y4GNVVGN.js";
import "./chunk-4IFPBSRH.js";
import "./chunk-5MIDA5X3.js";
import "./chunk-HCKA6OS2.js";
import "./chunk-2HEMS63Z.js";
import "./chunk-VYBN4QAT.js";
import "./chunk-4PMVCHUS.js";
import "./chunk-G2WKEVQ3.js";
import "./chunk-XR2IEJ4Y.js";
import "./chunk-YXZ6UIAM.js";
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
