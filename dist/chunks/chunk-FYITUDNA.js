import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  EnvelopeSchema
} from "./chunk-EFO44K6G.js";
import {
  redact
} from "./chunk-PYTCQQ7B.js";
import {
  ConfigError,
  formatError
} from "./chunk-CYLWIE3E.js";

// packages/core/src/envelope-io.ts
import { createHash } from "node:crypto";
import { glob, mkdir, open, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
var DEFAULT_RESULTS_DIR = ".mlops/results";
var MAX_RESULT_FILE_BYTES = 50 * 1024 * 1024;
var sizeText = (bytes) => bytes >= 1024 * 1024 ? `${Number((bytes / 1024 / 1024).toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} KB`;
async function readBounded(file, maxBytes) {
  let handle;
  try {
    handle = await open(file, "r");
  } catch (e) {
    throw new ConfigError(`cannot read results file (${e.code ?? String(e)})`, {
      location: { file }
    });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new ConfigError("results path is not a file", { location: { file } });
    if (info.size > maxBytes) {
      throw new ConfigError(
        `results file is larger than the ${sizeText(maxBytes)} limit (${info.size} bytes)`,
        {
          location: { file },
          hint: "results files hold summaries written by mlops actions; this one was not read"
        }
      );
    }
    return await handle.readFile("utf8");
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError(`cannot read results file (${e.code ?? String(e)})`, {
      location: { file }
    });
  } finally {
    await handle.close();
  }
}
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
async function readEnvelopeFile(file, options = {}) {
  const text = redact(await readBounded(file, options.maxBytes ?? MAX_RESULT_FILE_BYTES));
  try {
    const parsed = EnvelopeSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
  }
  try {
    const { parseConfigText } = await import("./config-loader-L737OSPH.js");
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
async function collectEnvelopes(dirOrGlob, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const target = path.resolve(cwd, dirOrGlob);
  let files;
  if (/[*?[{]/.test(dirOrGlob)) {
    files = [];
    for await (const f of glob(dirOrGlob, { cwd })) files.push(path.resolve(cwd, f));
  } else {
    const info = await stat(target).catch(() => void 0);
    if (!info) return { files: [], envelopes: [], problems: [] };
    if (info.isFile()) files = [target];
    else {
      files = [];
      for await (const f of glob("**/*.json", { cwd: target })) files.push(path.join(target, f));
    }
  }
  files.sort();
  const read = [];
  const envelopes = [];
  const problems = [];
  for (const f of files) {
    try {
      envelopes.push(await readEnvelopeFile(f, options));
      read.push(f);
    } catch (e) {
      problems.push(
        e instanceof ConfigError ? e : new ConfigError(`cannot read results file: ${formatError(e)}`, { location: { file: f } })
      );
    }
  }
  return { files: read, envelopes, problems };
}
async function readEnvelopes(dirOrGlob, options = {}) {
  const { files, envelopes, problems } = await collectEnvelopes(dirOrGlob, options);
  const errors = problems.flatMap((e) => [e, ...e.others]);
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
  DEFAULT_RESULTS_DIR,
  envelopeFileName,
  writeEnvelope,
  collectEnvelopes,
  readEnvelopes,
  sha256Hex
};
