import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  runAction
} from "../../../dist/chunks/chunk-VRSRDNC6.js";
import {
  getInput,
  setOutput
} from "../../../dist/chunks/chunk-VR6DMLS4.js";
import {
  evaluateLlm
} from "../../../dist/chunks/chunk-5P44EGKM.js";
import "../../../dist/chunks/chunk-M4EWOKBN.js";
import "../../../dist/chunks/chunk-2R4OMMKR.js";
import "../../../dist/chunks/chunk-QAGFWTI6.js";
import "../../../dist/chunks/chunk-SJDILV5R.js";
import "../../../dist/chunks/chunk-6FBGY4P7.js";
import "../../../dist/chunks/chunk-BY35247W.js";
import "../../../dist/chunks/chunk-PYTCQQ7B.js";
import "../../../dist/chunks/chunk-CYLWIE3E.js";
import "../../../dist/chunks/chunk-SFHOJSAM.js";

// actions/evaluate-llm/src/main.ts
await runAction(evaluateLlm, { getInput, setOutput });
