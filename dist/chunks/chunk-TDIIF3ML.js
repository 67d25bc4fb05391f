import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  ConfigError,
  formatError
} from "./chunk-CYLWIE3E.js";

// packages/core/src/secrets.ts
var secrets = /* @__PURE__ */ new Set();
function registerSecret(value) {
  if (!value || value.length < 4) return;
  secrets.add(value);
  secrets.add(Buffer.from(value).toString("base64"));
  secrets.add(encodeURIComponent(value));
}
function redact(text) {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
    if (out.includes(s)) out = out.split(s).join("***");
  }
  return out;
}

// packages/core/src/logger.ts
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function annotationProperties(loc) {
  if (!loc) return "";
  const props = [`file=${escapeProperty(loc.file)}`];
  if (loc.line !== void 0) props.push(`line=${loc.line}`);
  if (loc.column !== void 0) props.push(`col=${loc.column}`);
  return ` ${props.join(",")}`;
}
function createLogger(options = {}) {
  const github = options.github ?? process.env.GITHUB_ACTIONS === "true";
  const debugOn = options.debug ?? (process.env.RUNNER_DEBUG === "1" || process.env.MLOPS_DEBUG === "1");
  const write = options.write ?? ((text) => process.stdout.write(text));
  const line = (text) => write(`${redact(text)}
`);
  return {
    github,
    debug(message) {
      if (github) line(`::debug::${escapeData(message)}`);
      else if (debugOn) line(`debug: ${message}`);
    },
    info(message) {
      line(message);
    },
    warn(message, location) {
      if (github) line(`::warning${annotationProperties(location)}::${escapeData(message)}`);
      else line(`warning: ${message}`);
    },
    error(message, location) {
      if (github) line(`::error${annotationProperties(location)}::${escapeData(message)}`);
      else line(`error: ${message}`);
    },
    async group(title, fn) {
      if (github) line(`::group::${escapeData(title)}`);
      else line(`▸ ${title}`);
      try {
        return await fn();
      } finally {
        if (github) line("::endgroup::");
      }
    },
    mask(secret) {
      registerSecret(secret);
      if (github && secret) {
        for (const part of secret.split(/\r?\n/)) if (part) write(`::add-mask::${part}
`);
      }
    }
  };
}
function logFailure(logger, e) {
  const text = formatError(e, { stack: process.env.MLOPS_DEBUG === "1" });
  const loc = e.location;
  logger.error(text, loc);
}

// packages/core/src/entry.ts
async function runMain(fn) {
  const logger = createLogger();
  try {
    const code = await fn(logger);
    if (code !== 0) process.exitCode = code;
  } catch (e) {
    logFailure(logger, e);
    process.exitCode = 1;
  }
}
function parseChoice(name, value, allowed) {
  const v = value.trim().toLowerCase();
  if (allowed.includes(v)) return v;
  throw new ConfigError(`input "${name}" must be one of ${allowed.join(", ")}; found "${value}"`, {
    location: { file: "action inputs", path: name }
  });
}
function parseBoolean(name, value) {
  if (["true", "True", "TRUE"].includes(value.trim())) return true;
  if (["false", "False", "FALSE"].includes(value.trim())) return false;
  throw new ConfigError(`input "${name}" must be true or false; found "${value}"`, {
    location: { file: "action inputs", path: name }
  });
}

export {
  registerSecret,
  redact,
  logFailure,
  runMain,
  parseChoice,
  parseBoolean
};
