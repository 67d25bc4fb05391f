import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  callGrader
} from "./chunk-I66DVT6G.js";
import "./chunk-LWDKQ5BL.js";
import "./chunk-PYTCQQ7B.js";
import "./chunk-XR2IEJ4Y.js";
import "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";
export {
  callGrader
};
