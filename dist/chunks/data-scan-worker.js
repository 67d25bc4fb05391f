import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  scanInWorker
} from "./chunk-UIYXX6GW.js";
import "./chunk-NTO6LIZC.js";
import "./chunk-7TRTOVFM.js";
import "./chunk-MCPLEVDR.js";
import "./chunk-G2WKEVQ3.js";
import "./chunk-XR2IEJ4Y.js";
import "./chunk-PYTCQQ7B.js";
import "./chunk-H53TV354.js";
import "./chunk-SFHOJSAM.js";
export {
  scanInWorker
};
