import { createHash } from "node:crypto";
import { glob, mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { type Envelope, EnvelopeSchema } from "./envelope.ts";
import { ConfigError } from "./errors.ts";
import { redact } from "./secrets.ts";

export const DEFAULT_RESULTS_DIR = ".mlops/results";

/**
 * A file name that is stable for one kind and subject (and variant, where one evaluation runs once per
 * stage or environment), so a rerun replaces its own result and different runs never overwrite each other.
 */
export function envelopeFileName(envelope: Pick<Envelope, "kind" | "subject">, variant?: string): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "x";
  const parts = [envelope.kind, envelope.subject.name, ...(variant ? [variant] : [])];
  return `${parts.map(slug).join("--")}.json`;
}

/** Validates and writes atomically (temp file + rename), so a reader never sees half a result. */
export async function writeEnvelope(
  dir: string,
  envelope: Envelope,
  options: { variant?: string } = {},
): Promise<string> {
  const checked = EnvelopeSchema.parse(envelope);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, envelopeFileName(checked, options.variant));
  const tmp = `${file}.${process.pid}.tmp`;
  // A secret that reached a message or a model output by accident never lands in a result file.
  await writeFile(tmp, `${redact(JSON.stringify(checked, null, 2))}\n`);
  await rename(tmp, file);
  return file;
}

export async function readEnvelopeFile(file: string): Promise<Envelope> {
  let text: string;
  try {
    // Whoever wrote the file may not have known our secrets: what is read is redacted again.
    text = redact(await readFile(file, "utf8"));
  } catch (e) {
    throw new ConfigError(`cannot read results file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, {
      location: { file },
    });
  }
  // Fast path: results are JSON written by our own actions. Only a file that fails to parse or validate
  // goes through the YAML reader, which knows line and column for the error message.
  try {
    const parsed = EnvelopeSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // not JSON: located below
  }
  try {
    const { parseConfigText } = await import("./config-loader.ts");
    return parseConfigText(text, file, EnvelopeSchema);
  } catch (e) {
    if (e instanceof ConfigError) {
      const hint = "results files are written by mlops actions; regenerate it, or fix the field named above";
      throw new ConfigError(`invalid results file: ${e.message}`, {
        location: e.location,
        hint: e.hint ?? hint,
        others: e.others,
      });
    }
    throw e;
  }
}

/**
 * Reads every envelope under a directory, or every file a glob pattern matches, in a stable order.
 * A missing directory yields no envelopes; the caller decides what "no results" means.
 */
export async function readEnvelopes(
  dirOrGlob: string,
  options: { cwd?: string } = {},
): Promise<{ files: string[]; envelopes: Envelope[] }> {
  const cwd = options.cwd ?? process.cwd();
  const target = path.resolve(cwd, dirOrGlob);
  let files: string[];
  if (/[*?[{]/.test(dirOrGlob)) {
    files = [];
    for await (const f of glob(dirOrGlob, { cwd })) files.push(path.resolve(cwd, f));
  } else {
    const info = await stat(target).catch(() => undefined);
    if (!info) return { files: [], envelopes: [] };
    if (info.isFile()) files = [target];
    else {
      files = [];
      for await (const f of glob("**/*.json", { cwd: target })) files.push(path.join(target, f));
    }
  }
  files.sort();
  const envelopes: Envelope[] = [];
  const errors: ConfigError[] = [];
  for (const f of files) {
    try {
      envelopes.push(await readEnvelopeFile(f));
    } catch (e) {
      if (e instanceof ConfigError) errors.push(e, ...e.others);
      else throw e;
    }
  }
  if (errors.length > 0) {
    const [first, ...rest] = errors as [ConfigError, ...ConfigError[]];
    throw new ConfigError(first.message, { location: first.location, hint: first.hint, others: rest });
  }
  return { files, envelopes };
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
