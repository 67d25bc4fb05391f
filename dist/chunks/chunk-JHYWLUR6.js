import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  require_mod
} from "./chunk-DG7BS5UH.js";
import {
  __toESM
} from "./chunk-SFHOJSAM.js";

// packages/core/src/closest-name.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
function closestName(name, known) {
  return known.length > 0 ? (0, import_fastest_levenshtein.closest)(name, [...known]) : void 0;
}
function misspeltName(name, known) {
  const near = closestName(name, known);
  return near !== void 0 && (0, import_fastest_levenshtein.distance)(name, near) <= Math.max(2, name.length / 3) ? near : void 0;
}

export {
  closestName,
  misspeltName
};
