import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  VERSION,
  retry
} from "./chunk-BOTEB3AC.js";
import "./chunk-O4P6EOJF.js";
import "./chunk-6OL2P2LS.js";
import "./chunk-SFHOJSAM.js";
export {
  VERSION,
  retry
};
