import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  scanInWorker
} from "./chunk-HYFJOETZ.js";
import "./chunk-P753JDZS.js";
import "./chunk-IRBGD2ZG.js";
import "./chunk-2JJZSUZB.js";
import "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";
export {
  scanInWorker
};
