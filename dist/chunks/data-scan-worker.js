import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  scanInWorker
} from "./chunk-OUEGRESJ.js";
import "./chunk-2HEMS63Z.js";
import "./chunk-VYBN4QAT.js";
import "./chunk-4PMVCHUS.js";
import "./chunk-G2WKEVQ3.js";
import "./chunk-XR2IEJ4Y.js";
import "./chunk-YXZ6UIAM.js";
import "./chunk-H53TV354.js";
import "./chunk-SFHOJSAM.js";
export {
  scanInWorker
};
