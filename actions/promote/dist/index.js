import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  runAction
} from "../../../dist/chunks/chunk-W65PHH7P.js";
import {
  getInput,
  setOutput
} from "../../../dist/chunks/chunk-VR6DMLS4.js";
import {
  promote
} from "../../../dist/chunks/chunk-EPX2NPT7.js";
import "../../../dist/chunks/chunk-U3LT55FB.js";
import "../../../dist/chunks/chunk-M4EWOKBN.js";
import "../../../dist/chunks/chunk-EOMVTV7Q.js";
import "../../../dist/chunks/chunk-6FBGY4P7.js";
import "../../../dist/chunks/chunk-4SSRUAK6.js";
import "../../../dist/chunks/chunk-S3SELVUN.js";
import "../../../dist/chunks/chunk-XR2IEJ4Y.js";
import "../../../dist/chunks/chunk-PYTCQQ7B.js";
import "../../../dist/chunks/chunk-CYLWIE3E.js";
import "../../../dist/chunks/chunk-SFHOJSAM.js";

// actions/promote/src/main.ts
await runAction(promote, { getInput, setOutput });
