import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);

// packages/core/src/secrets.ts
var secrets = /* @__PURE__ */ new Set();
var longestFirst = [];
function registerSecret(value) {
  if (!value || value.length < 4) return;
  secrets.add(value);
  secrets.add(Buffer.from(value).toString("base64"));
  secrets.add(encodeURIComponent(value));
  longestFirst = [...secrets].sort((a, b) => b.length - a.length);
}
var SENSITIVE_NAME = "(?:token|secret|password|passwd|(?:api|access|secret|private|auth|client|subscription)[-_]?key)";
var START = String.raw`(?:(?<![A-Za-z0-9])|(?<=\\[nrtbf]))`;
var NAMED = new RegExp(
  [
    // URL userinfo: scheme://user:pass@host
    String.raw`(:\/\/)[^\s\/?#@"'\\<>]+(?=@)`,
    // Authorization header values, with or without the header's own quoting
    String.raw`(${START}authorization\\?["']?\s*[:=]\s*\\?["']?(?:bearer|basic|token|digest)\s+)[^\s"'\\,;]+`,
    // "api_key": "value"
    String.raw`(${SENSITIVE_NAME}"\s*:\s*")(?:[^"\\]|\\.)+(?=")`,
    // the same inside a JSON string (an error body kept in a result), where its quotes are escaped
    String.raw`(${SENSITIVE_NAME}\\"\s*:\s*\\")(?:[^"\\]|\\\\\\"|\\[^"])+(?=\\")`,
    // api_key=value, x-api-key: value, password='value', and the same inside a JSON string
    String.raw`(${SENSITIVE_NAME}\s*[:=]\s*(?:\\?["'])?)[^\s"'\\,;&]+`
  ].join("|"),
  "gi"
);
var FORMATS = new RegExp(
  [
    String.raw`(${START}Bearer\s+)(?=[\w.~+/-]*\d)[\w.~+/-]{8,}=*`,
    String.raw`${START}(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_\w{20,})`,
    String.raw`${START}sk-(?=[\w-]*[A-Z])(?=[\w-]*\d)[\w-]{20,}`,
    String.raw`${START}(?:AKIA|ASIA)[0-9A-Z]{16}\b`,
    `${START}xox[bpars]-[A-Za-z0-9-]{10,}`,
    String.raw`${START}AIza[\w-]{35}\b`,
    String.raw`${START}eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}`
  ].join("|"),
  "g"
);
function keepPrefix(_match, ...args) {
  const kept = args.slice(0, -2).find((group) => typeof group === "string");
  return `${kept ?? ""}***`;
}
function redact(text) {
  let out = text;
  for (const s of longestFirst) {
    if (out.includes(s)) out = out.split(s).join("***");
  }
  return out.replace(NAMED, keepPrefix).replace(FORMATS, keepPrefix);
}
function registeredSecrets() {
  return [...secrets];
}

export {
  registerSecret,
  redact,
  registeredSecrets
};
