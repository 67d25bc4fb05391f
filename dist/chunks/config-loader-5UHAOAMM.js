import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  MAX_NESTING,
  configLocator,
  formatPath,
  knownKeysAt,
  loadConfigFile,
  parseConfigText,
  parseConfigValue,
  throwConfigErrors
} from "./chunk-NVZX4PQU.js";
import "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";
export {
  MAX_NESTING,
  configLocator,
  formatPath,
  knownKeysAt,
  loadConfigFile,
  parseConfigText,
  parseConfigValue,
  throwConfigErrors
};
