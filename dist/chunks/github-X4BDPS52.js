import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  context,
  getOctokit
} from "./chunk-3D2NIPYX.js";
import "./chunk-6OL2P2LS.js";
import "./chunk-WNG7SAUK.js";
import "./chunk-SFHOJSAM.js";
export {
  context,
  getOctokit
};
