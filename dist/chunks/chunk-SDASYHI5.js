import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  EnvelopeSchema
} from "./chunk-MN5EC6CS.js";
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

// packages/core/src/envelope-io.ts
import { createHash } from "node:crypto";
import { glob, mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
var DEFAULT_RESULTS_DIR = ".mlops/results";
function envelopeFileName(envelope) {
  const slug = (s) => s.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "x";
  return `${slug(envelope.kind)}--${slug(envelope.subject.name)}.json`;
}
async function writeEnvelope(dir, envelope) {
  const checked = EnvelopeSchema.parse(envelope);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, envelopeFileName(checked));
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(checked, null, 2)}
`);
  await rename(tmp, file);
  return file;
}
async function readEnvelopeFile(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new ConfigError(`cannot read results file (${e.code ?? String(e)})`, {
      location: { file }
    });
  }
  try {
    const parsed = EnvelopeSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
  }
  try {
    const { parseConfigText } = await import("./config-loader-FWVNMG36.js");
    return parseConfigText(text, file, EnvelopeSchema);
  } catch (e) {
    if (e instanceof ConfigError) {
      const hint = "results files are written by mlops actions; regenerate it, or fix the field named above";
      throw new ConfigError(`invalid results file: ${e.message}`, {
        location: e.location,
        hint: e.hint ?? hint,
        others: e.others
      });
    }
    throw e;
  }
}
async function readEnvelopes(dirOrGlob, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const target = path.resolve(cwd, dirOrGlob);
  let files;
  if (/[*?[{]/.test(dirOrGlob)) {
    files = [];
    for await (const f of glob(dirOrGlob, { cwd })) files.push(path.resolve(cwd, f));
  } else {
    const info = await stat(target).catch(() => void 0);
    if (!info) return { files: [], envelopes: [] };
    if (info.isFile()) files = [target];
    else {
      files = [];
      for await (const f of glob("**/*.json", { cwd: target })) files.push(path.join(target, f));
    }
  }
  files.sort();
  const envelopes = [];
  const errors = [];
  for (const f of files) {
    try {
      envelopes.push(await readEnvelopeFile(f));
    } catch (e) {
      if (e instanceof ConfigError) errors.push(e, ...e.others);
      else throw e;
    }
  }
  if (errors.length > 0) {
    const [first, ...rest] = errors;
    throw new ConfigError(first.message, { location: first.location, hint: first.hint, others: rest });
  }
  return { files, envelopes };
}
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}

export {
  registerSecret,
  redact,
  logFailure,
  runMain,
  parseChoice,
  parseBoolean,
  DEFAULT_RESULTS_DIR,
  writeEnvelope,
  readEnvelopes,
  sha256Hex
};
