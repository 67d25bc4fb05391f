import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  context,
  getOctokit
} from "./chunk-CYCZNDQ2.js";
import "./chunk-6OL2P2LS.js";
import "./chunk-SFHOJSAM.js";
export {
  context,
  getOctokit
};
