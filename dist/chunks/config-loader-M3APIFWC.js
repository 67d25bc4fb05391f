import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  configLocator,
  formatPath,
  knownKeysAt,
  loadConfigFile,
  parseConfigText,
  parseConfigValue,
  throwConfigErrors
} from "./chunk-MCPLEVDR.js";
import "./chunk-H53TV354.js";
import "./chunk-SFHOJSAM.js";
export {
  configLocator,
  formatPath,
  knownKeysAt,
  loadConfigFile,
  parseConfigText,
  parseConfigValue,
  throwConfigErrors
};
