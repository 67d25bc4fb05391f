import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  configLocator,
  formatPath,
  knownKeysAt,
  loadConfigFile,
  parseConfigText,
  parseConfigValue,
  throwConfigErrors
} from "./chunk-BERDQD34.js";
import "./chunk-CYLWIE3E.js";
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
