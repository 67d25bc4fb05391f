import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  scanInWorker
} from "./chunk-4ZNSJFRS.js";
import "./chunk-LOATD5SY.js";
import "./chunk-XJGEY623.js";
import "./chunk-NVZX4PQU.js";
import "./chunk-G2WKEVQ3.js";
import "./chunk-XR2IEJ4Y.js";
import "./chunk-PYTCQQ7B.js";
import "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";
export {
  scanInWorker
};
