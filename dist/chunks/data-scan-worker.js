import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  scanInWorker
} from "./chunk-EEUDPTG6.js";
import "./chunk-YPBNJFO5.js";
import "./chunk-OBZ6AIEW.js";
import "./chunk-BERDQD34.js";
import "./chunk-G2WKEVQ3.js";
import "./chunk-XR2IEJ4Y.js";
import "./chunk-PYTCQQ7B.js";
import "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";
export {
  scanInWorker
};
