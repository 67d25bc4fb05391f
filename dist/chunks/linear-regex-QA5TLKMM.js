import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  LinearRegex,
  compileLinearRegex,
  explainRegexProblem
} from "./chunk-UST2DAMY.js";
import "./chunk-SFHOJSAM.js";
export {
  LinearRegex,
  compileLinearRegex,
  explainRegexProblem
};
