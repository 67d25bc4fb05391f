import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  runAction
} from "../../../dist/chunks/chunk-TGSFJAPT.js";
import {
  getInput,
  setOutput
} from "../../../dist/chunks/chunk-VR6DMLS4.js";
import {
  report
} from "../../../dist/chunks/chunk-25XGXOXW.js";
import "../../../dist/chunks/chunk-Q44M3MMD.js";
import "../../../dist/chunks/chunk-XH3TDYU4.js";
import "../../../dist/chunks/chunk-QVYAFETS.js";
import "../../../dist/chunks/chunk-G2WKEVQ3.js";
import "../../../dist/chunks/chunk-XR2IEJ4Y.js";
import "../../../dist/chunks/chunk-PYTCQQ7B.js";
import "../../../dist/chunks/chunk-H53TV354.js";
import "../../../dist/chunks/chunk-SFHOJSAM.js";

// actions/report/src/main.ts
await runAction(report, { getInput, setOutput });
