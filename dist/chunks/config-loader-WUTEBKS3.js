import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  MAX_NESTING,
  TOO_DEEP,
  beyondNesting,
  configLocator,
  formatPath,
  knownKeysAt,
  loadConfigFile,
  nestedTooDeep,
  parseConfigText,
  parseConfigValue,
  parseLocatedConfigText,
  throwConfigErrors
} from "./chunk-DG7BS5UH.js";
import "./chunk-FJY5M3V4.js";
import "./chunk-33725BPV.js";
import "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";
export {
  MAX_NESTING,
  TOO_DEEP,
  beyondNesting,
  configLocator,
  formatPath,
  knownKeysAt,
  loadConfigFile,
  nestedTooDeep,
  parseConfigText,
  parseConfigValue,
  parseLocatedConfigText,
  throwConfigErrors
};
