import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  formatPath,
  knownKeysAt,
  loadConfigFile,
  parseConfigText
} from "./chunk-IRBGD2ZG.js";
import "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";
export {
  formatPath,
  knownKeysAt,
  loadConfigFile,
  parseConfigText
};
