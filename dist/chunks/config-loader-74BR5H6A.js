import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  formatPath,
  knownKeysAt,
  loadConfigFile,
  parseConfigText,
  parseConfigValue
} from "./chunk-4PMVCHUS.js";
import "./chunk-H53TV354.js";
import "./chunk-SFHOJSAM.js";
export {
  formatPath,
  knownKeysAt,
  loadConfigFile,
  parseConfigText,
  parseConfigValue
};
