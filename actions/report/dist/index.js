import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  runAction
} from "../../../dist/chunks/chunk-VOQKWUBM.js";
import {
  getInput,
  setOutput
} from "../../../dist/chunks/chunk-VR6DMLS4.js";
import {
  report
} from "../../../dist/chunks/chunk-LQU7B3KB.js";
import "../../../dist/chunks/chunk-2AOJNGR7.js";
import "../../../dist/chunks/chunk-M4EWOKBN.js";
import "../../../dist/chunks/chunk-WGGNA6RV.js";
import "../../../dist/chunks/chunk-6FBGY4P7.js";
import "../../../dist/chunks/chunk-LWDKQ5BL.js";
import "../../../dist/chunks/chunk-PYTCQQ7B.js";
import "../../../dist/chunks/chunk-S3SELVUN.js";
import "../../../dist/chunks/chunk-XR2IEJ4Y.js";
import "../../../dist/chunks/chunk-CYLWIE3E.js";
import "../../../dist/chunks/chunk-SFHOJSAM.js";

// actions/report/src/main.ts
await runAction(report, { getInput, setOutput });
