import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  scanInWorker
} from "./chunk-BK7OGKWL.js";
import "./chunk-4DRWWUI2.js";
import "./chunk-XJGEY623.js";
import "./chunk-NVZX4PQU.js";
import "./chunk-6FBGY4P7.js";
import "./chunk-XR2IEJ4Y.js";
import "./chunk-PYTCQQ7B.js";
import "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";
export {
  scanInWorker
};
