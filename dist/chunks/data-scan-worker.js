import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  scanInWorker
} from "./chunk-TWN2YG6D.js";
import "./chunk-7PAUGPJD.js";
import "./chunk-SECSPIXV.js";
import "./chunk-RHP27KEX.js";
import "./chunk-6FBGY4P7.js";
import "./chunk-BY35247W.js";
import "./chunk-PYTCQQ7B.js";
import "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";
export {
  scanInWorker
};
