import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  VERSION,
  retry
} from "./chunk-3EJ6NYAW.js";
import "./chunk-6OL2P2LS.js";
import "./chunk-O4P6EOJF.js";
import "./chunk-SFHOJSAM.js";
export {
  VERSION,
  retry
};
