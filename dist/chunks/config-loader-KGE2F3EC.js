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
  throwConfigErrors
} from "./chunk-QJLDF3E3.js";
import "./chunk-S3SELVUN.js";
import "./chunk-XR2IEJ4Y.js";
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
  throwConfigErrors
};
