import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  scanInWorker
} from "./chunk-6SKL5RIM.js";
import "./chunk-JT7YODD5.js";
import "./chunk-4PMVCHUS.js";
import "./chunk-XR2IEJ4Y.js";
import "./chunk-H53TV354.js";
import "./chunk-SFHOJSAM.js";
export {
  scanInWorker
};
