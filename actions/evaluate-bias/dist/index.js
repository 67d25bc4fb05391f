import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  runAction
} from "../../../dist/chunks/chunk-QZRNT7IE.js";
import {
  evaluateBias
} from "../../../dist/chunks/chunk-4FJFMLQO.js";
import "../../../dist/chunks/chunk-CNVH75I3.js";
import "../../../dist/chunks/chunk-M4EWOKBN.js";
import {
  getInput,
  setOutput
} from "../../../dist/chunks/chunk-VR6DMLS4.js";
import "../../../dist/chunks/chunk-XSUZOP4V.js";
import "../../../dist/chunks/chunk-6FBGY4P7.js";
import "../../../dist/chunks/chunk-G4QNM2E2.js";
import "../../../dist/chunks/chunk-PYTCQQ7B.js";
import "../../../dist/chunks/chunk-FJY5M3V4.js";
import "../../../dist/chunks/chunk-33725BPV.js";
import "../../../dist/chunks/chunk-CYLWIE3E.js";
import "../../../dist/chunks/chunk-SFHOJSAM.js";

// actions/evaluate-bias/src/main.ts
await runAction(evaluateBias, { getInput, setOutput });
