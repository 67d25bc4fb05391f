import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  redact
} from "./chunk-PYTCQQ7B.js";

// packages/core/src/body-excerpt.ts
var CONTROL_OR_SPACE = /[\s\u0000-\u001f\u007f-\u009f]+/g;
function bodyExcerpt(text, maxChars = 120) {
  const flat = redact(text.slice(0, maxChars * 4)).replace(CONTROL_OR_SPACE, " ").trim();
  return JSON.stringify(flat.length > maxChars ? `${flat.slice(0, maxChars)}…` : flat);
}

export {
  bodyExcerpt
};
