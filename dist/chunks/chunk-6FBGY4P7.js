import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);

// packages/core/src/runner-safe-text.ts
var MARK = "​";
var LINE_BREAK = /\r\n|\r|\n/;
var COMMAND_START = /^[\s\u0085]*::/;
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
function neutraliseCommands(text) {
  return text.replace(CONTROL, visibleControl).split(LINE_BREAK).map(neutraliseLine).join("\n");
}
var visibleControl = (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;
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
