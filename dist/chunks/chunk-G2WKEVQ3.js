import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);

// packages/core/src/runner-safe-text.ts
var MARK = "​";
var LINE_BREAK = /\r\n|\r|\n/;
var COMMAND_START = /^[\s\u0085]*::/;
function neutraliseCommands(text) {
  return text.split(LINE_BREAK).map(neutraliseLine).join("\n");
}
function neutraliseLine(line) {
  const safe = neutraliseLegacyCommands(line);
  return COMMAND_START.test(safe) ? `${MARK}${safe}` : safe;
}
function escapeCommandData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeCommandProperty(s) {
  return escapeCommandData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function neutraliseLegacyCommands(s) {
  return s.includes("##[") ? s.replaceAll("##[", `#${MARK}#[`) : s;
}

export {
  neutraliseCommands,
  escapeCommandData,
  escapeCommandProperty
};
