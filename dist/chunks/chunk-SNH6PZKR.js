import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  EnvelopeSchema
} from "./chunk-72VR2ETG.js";
import {
  ConfigError
} from "./chunk-H53TV354.js";

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

// packages/core/src/envelope-io.ts
import { createHash } from "node:crypto";
import { glob, mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
var DEFAULT_RESULTS_DIR = ".mlops/results";
function envelopeFileName(envelope, variant) {
  const slug = (s) => s.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "x";
  const parts = [envelope.kind, envelope.subject.name, ...variant ? [variant] : []];
  return `${parts.map(slug).join("--")}.json`;
}
async function writeEnvelope(dir, envelope, options = {}) {
  const checked = EnvelopeSchema.parse(envelope);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, envelopeFileName(checked, options.variant));
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${redact(JSON.stringify(checked, null, 2))}
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
    const { parseConfigText } = await import("./config-loader-74BR5H6A.js");
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
  DEFAULT_RESULTS_DIR,
  envelopeFileName,
  writeEnvelope,
  readEnvelopes,
  sha256Hex
};
