import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  scanInWorker
} from "./chunk-T7HTAII3.js";
import "./chunk-3TW7JLGS.js";
import "./chunk-IRBGD2ZG.js";
import "./chunk-XR2IEJ4Y.js";
import "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";
export {
  scanInWorker
};
