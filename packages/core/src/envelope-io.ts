import { createHash } from "node:crypto";
import { glob, mkdir, open, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { type Envelope, EnvelopeSchema } from "./envelope.ts";
import { ConfigError, formatError } from "./errors.ts";
import { redact } from "./secrets.ts";

export const DEFAULT_RESULTS_DIR = ".mlops/results";

/**
 * Results files are read whole, and parsing takes several times their size in memory; a file a pull
 * request wrote could be any size. Envelopes hold summaries (examples and tables are capped by their
 * writers), so a real one is far below this.
 */
export const MAX_RESULT_FILE_BYTES = 50 * 1024 * 1024;

export interface ReadEnvelopeOptions {
  /** Larger files are refused unread (default `MAX_RESULT_FILE_BYTES`). */
  maxBytes?: number;
}

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Number((bytes / 1024 / 1024).toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} KB`;

/** The file's text, refused before reading when it exceeds the limit. */
async function readBounded(file: string, maxBytes: number): Promise<string> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, "r");
  } catch (e) {
    throw new ConfigError(`cannot read results file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, {
      location: { file },
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
          hint: "results files hold summaries written by mlops actions; this one was not read",
        },
      );
    }
    return await handle.readFile("utf8");
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError(`cannot read results file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, {
      location: { file },
    });
  } finally {
    await handle.close();
  }
}

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

export async function readEnvelopeFile(file: string, options: ReadEnvelopeOptions = {}): Promise<Envelope> {
  // Whoever wrote the file may not have known our secrets: what is read is redacted again.
  const text = redact(await readBounded(file, options.maxBytes ?? MAX_RESULT_FILE_BYTES));
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
 * Every envelope under a directory, or every file a glob pattern matches, in a stable order, and the
 * problem of each file that could not be read (each a ConfigError located to its file). `files` are
 * those read, one per envelope. A missing directory yields nothing; the caller decides what "no
 * results" means.
 */
export async function collectEnvelopes(
  dirOrGlob: string,
  options: {
    cwd?: string;
    /** A file the caller may not read (outside the workspace), with why; such a file is not opened. */
    refuse?: (file: string) => Promise<ConfigError | undefined>;
  } & ReadEnvelopeOptions = {},
): Promise<{ files: string[]; envelopes: Envelope[]; problems: ConfigError[] }> {
  const cwd = options.cwd ?? process.cwd();
  const target = path.resolve(cwd, dirOrGlob);
  let files: string[];
  if (/[*?[{]/.test(dirOrGlob)) {
    files = [];
    for await (const f of glob(dirOrGlob, { cwd })) files.push(path.resolve(cwd, f));
  } else {
    const info = await stat(target).catch(() => undefined);
    if (!info) return { files: [], envelopes: [], problems: [] };
    if (info.isFile()) files = [target];
    else {
      files = [];
      for await (const f of glob("**/*.json", { cwd: target })) files.push(path.join(target, f));
    }
  }
  files.sort();
  const read: string[] = [];
  const envelopes: Envelope[] = [];
  const problems: ConfigError[] = [];
  for (const f of files) {
    const refused = await options.refuse?.(f);
    if (refused) {
      problems.push(refused);
      continue;
    }
    try {
      envelopes.push(await readEnvelopeFile(f, options));
      read.push(f);
    } catch (e) {
      // Whatever a file holds, it is that file's problem: the others are still read.
      problems.push(
        e instanceof ConfigError
          ? e
          : new ConfigError(`cannot read results file: ${formatError(e)}`, { location: { file: f } }),
      );
    }
  }
  return { files: read, envelopes, problems };
}

/** Every envelope, as `collectEnvelopes`; any file that cannot be read fails the whole read. */
export async function readEnvelopes(
  dirOrGlob: string,
  options: { cwd?: string } & ReadEnvelopeOptions = {},
): Promise<{ files: string[]; envelopes: Envelope[] }> {
  const { files, envelopes, problems } = await collectEnvelopes(dirOrGlob, options);
  const errors = problems.flatMap((e) => [e, ...e.others]);
  if (errors.length > 0) {
    const [first, ...rest] = errors as [ConfigError, ...ConfigError[]];
    throw new ConfigError(first.message, { location: first.location, hint: first.hint, others: rest });
  }
  return { files, envelopes };
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
