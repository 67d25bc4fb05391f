import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  callGrader
} from "./chunk-TY2YMUES.js";
import "./chunk-G4QNM2E2.js";
import "./chunk-PYTCQQ7B.js";
import "./chunk-33725BPV.js";
import "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";
export {
  callGrader
};
