import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  runAction
} from "../../../dist/chunks/chunk-6SPBL2SH.js";
import {
  getInput,
  setOutput
} from "../../../dist/chunks/chunk-VR6DMLS4.js";
import {
  evaluateLlm
} from "../../../dist/chunks/chunk-6GCZZ7IG.js";
import "../../../dist/chunks/chunk-5MIDA5X3.js";
import "../../../dist/chunks/chunk-XH3TDYU4.js";
import "../../../dist/chunks/chunk-HCKA6OS2.js";
import "../../../dist/chunks/chunk-G2WKEVQ3.js";
import "../../../dist/chunks/chunk-XR2IEJ4Y.js";
import "../../../dist/chunks/chunk-YXZ6UIAM.js";
import "../../../dist/chunks/chunk-H53TV354.js";
import "../../../dist/chunks/chunk-SFHOJSAM.js";

// actions/evaluate-llm/src/main.ts
await runAction(evaluateLlm, { getInput, setOutput });
