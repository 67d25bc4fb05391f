import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);

// packages/core/src/errors.ts
var MlopsError = class extends Error {
  hint;
  location;
  constructor(message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.hint = options.hint;
    this.location = options.location;
  }
};
var ConfigError = class extends MlopsError {
  kind = "config";
  name = "ConfigError";
  /** Further problems found in the same input, so one run reports them all. */
  others;
  constructor(message, options = {}) {
    super(message, options);
    this.others = options.others ?? [];
  }
};
var RuntimeFailure = class extends MlopsError {
  kind = "runtime";
  name = "RuntimeFailure";
};
function formatLocation(loc) {
  let out = loc.file;
  if (loc.line !== void 0) {
    out += `:${loc.line}`;
    if (loc.column !== void 0) out += `:${loc.column}`;
  }
  if (loc.path) out += ` (${loc.path})`;
  return out;
}
function formatOne(e) {
  const where = e.location ? `${formatLocation(e.location)}: ` : "";
  const hint = e.hint ? `
  hint: ${e.hint}` : "";
  return `${where}${e.message}${hint}`;
}
function formatError(e, options = {}) {
  if (e instanceof ConfigError) return [e, ...e.others].map(formatOne).join("\n");
  if (e instanceof MlopsError) return formatOne(e);
  if (e instanceof Error) {
    const text = `${e.message}`;
    return options.stack && e.stack ? `${text}
${e.stack}` : text;
  }
  return String(e);
}
function isMlopsError(e) {
  return e instanceof MlopsError;
}

export {
  MlopsError,
  ConfigError,
  RuntimeFailure,
  formatLocation,
  formatError,
  isMlopsError
};
