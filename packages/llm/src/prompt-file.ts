import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { assertInsideWorkspace, ConfigError, parseConfigText } from "@mlops/core";
import { type JSONSchema, picoschema } from "dotprompt";
import { closest, distance } from "fastest-levenshtein";
import * as z from "zod";
import { canonicalJson, sha256Of } from "./canonical-json.ts";
import { parseSemver } from "./semver.ts";

/**
 * A prompt file in Google's Dotprompt format (`name[.variant].prompt`): YAML front matter and a Handlebars
 * body. The front matter is validated here (Dotprompt itself logs and ignores YAML errors), with the
 * project's conventions on top: `version` is semver, and every prompt carries content hashes so a change
 * is visible and a lint can demand a version bump.
 */

const RESERVED_KEYS = [
  "name",
  "variant",
  "version",
  "description",
  "model",
  "tools",
  "toolDefs",
  "config",
  "input",
  "output",
  "metadata",
] as const;

export const PromptFrontMatterSchema = z
  .looseObject({
    name: z.string().min(1).optional(),
    variant: z.string().min(1).optional(),
    version: z
      .string({ error: 'version must be a quoted semver string such as "1.2.0"' })
      .refine((v) => parseSemver(v) !== undefined, { message: "version must be semver (MAJOR.MINOR.PATCH)" }),
    description: z.string().optional(),
    model: z.string().optional(),
    tools: z.array(z.string()).optional(),
    toolDefs: z.array(z.record(z.string(), z.unknown())).optional(),
    config: z.record(z.string(), z.unknown()).optional(),
    input: z
      .object({ default: z.record(z.string(), z.unknown()).optional(), schema: z.unknown().optional() })
      .strict()
      .optional(),
    output: z.object({ format: z.string().optional(), schema: z.unknown().optional() }).strict().optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
  })
  .superRefine((data, ctx) => {
    for (const key of Object.keys(data)) {
      // Dotted keys are Dotprompt extensions (`evals.dataset`); anything else unknown is a typo.
      if ((RESERVED_KEYS as readonly string[]).includes(key) || key.includes(".")) continue;
      const near = closest(key, [...RESERVED_KEYS]);
      ctx.addIssue({
        code: "custom",
        path: [key],
        message:
          distance(key, near) <= Math.max(2, key.length / 3)
            ? `Unknown key "${key}" (did you mean "${near}"?)`
            : `Unknown key "${key}" (allowed: ${RESERVED_KEYS.join(", ")}, or a dotted extension key)`,
      });
    }
  });

export interface PromptHashes {
  /** sha256 of the file (BOM stripped, CRLF → LF): any change at all. */
  contentHash: string;
  /** sha256 of the body alone. */
  templateHash: string;
  /** sha256 of the front matter that changes behaviour (all but version, description, metadata). */
  specHash: string;
  /** sha256 of the input and output contract (schemas and output format): a change needs a major bump. */
  schemaHash: string;
  /** Dotprompt's own DirStore version: the first 8 hex characters of sha1(content). */
  dotpromptVersion: string;
}

export interface PromptFile {
  /** Path as given (relative paths stay relative, for messages). */
  file: string;
  /** `name` or `name.variant`: the key in the lock file and in suites. */
  id: string;
  name: string;
  variant?: string;
  version: string;
  description?: string;
  model?: string;
  config: Record<string, unknown>;
  inputDefault: Record<string, unknown>;
  inputSchema?: JSONSchema;
  outputFormat?: string;
  outputSchema?: JSONSchema;
  /** Dotted extension keys, grouped by namespace as Dotprompt does. */
  ext: Record<string, Record<string, unknown>>;
  template: string;
  /** The file line on which the template's first line sits. */
  templateLine: number;
  source: string;
  hashes: PromptHashes;
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*\n?/;

export function normalizeSource(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** `support/explain.v2.prompt` under `prompts/` → name "support/explain", variant "v2". */
export function promptNameFromPath(relative: string): { name: string; variant?: string } {
  const withoutExt = relative.replace(/\\/g, "/").replace(/\.prompt$/, "");
  const dir = path.posix.dirname(withoutExt);
  const base = path.posix.basename(withoutExt);
  const [stem = base, ...rest] = base.split(".");
  const name = dir === "." ? stem : `${dir}/${stem}`;
  return rest.length > 0 ? { name, variant: rest.join(".") } : { name };
}

export async function parsePromptFile(
  text: string,
  file: string,
  inferred: { name: string; variant?: string } = promptNameFromPath(path.basename(file)),
): Promise<PromptFile> {
  const source = normalizeSource(text);
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    throw new ConfigError("a prompt file must start with YAML front matter between --- lines", {
      location: { file, line: 1 },
      hint: 'begin the file with "---", then at least `version: "1.0.0"`, then "---" and the template',
    });
  }
  const frontText = match[1] ?? "";
  let meta: z.output<typeof PromptFrontMatterSchema>;
  try {
    meta = parseConfigText(frontText, file, PromptFrontMatterSchema);
  } catch (e) {
    // The front matter starts on line 2 of the file.
    if (e instanceof ConfigError) throw shiftLines(e, 1);
    throw e;
  }
  const { template, templateLine } = templateOf(source, match[0].length);

  const resolveSchema = async (schema: unknown, key: string): Promise<JSONSchema | undefined> => {
    if (schema === undefined) return undefined;
    try {
      return (await picoschema(schema)) ?? undefined;
    } catch (e) {
      throw new ConfigError(`invalid ${key} schema: ${(e as Error).message}`, {
        location: { file, path: `${key}.schema` },
        hint: "use Picoschema (`name: string, description`) or JSON Schema",
      });
    }
  };
  const inputSchema = await resolveSchema(meta.input?.schema, "input");
  const outputSchema = await resolveSchema(meta.output?.schema, "output");

  const ext: Record<string, Record<string, unknown>> = {};
  const spec: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(meta)) {
    if (key.includes(".")) {
      const dot = key.indexOf(".");
      const ns = key.slice(0, dot);
      ext[ns] ??= {};
      (ext[ns] as Record<string, unknown>)[key.slice(dot + 1)] = value;
    }
    if (key !== "version" && key !== "description" && key !== "metadata") spec[key] = value;
  }
  const name = meta.name ?? inferred.name;
  const variant = meta.variant ?? inferred.variant;
  return {
    file,
    id: variant ? `${name}.${variant}` : name,
    name,
    variant,
    version: meta.version,
    description: meta.description,
    model: meta.model,
    config: meta.config ?? {},
    inputDefault: meta.input?.default ?? {},
    inputSchema,
    outputFormat: meta.output?.format,
    outputSchema,
    ext,
    template,
    templateLine,
    source,
    hashes: {
      contentHash: sha256Of(source),
      templateHash: sha256Of(template),
      specHash: sha256Of(canonicalJson(spec)),
      schemaHash: sha256Of(
        canonicalJson({
          input: inputSchema ?? null,
          output: outputSchema ?? null,
          format: meta.output?.format ?? null,
        }),
      ),
      dotpromptVersion: createHash("sha1").update(source).digest("hex").slice(0, 8),
    },
  };
}

/** The trimmed body after `start`, and the file line its first character sits on. */
function templateOf(source: string, start: number): { template: string; templateLine: number } {
  const body = source.slice(start);
  const leading = body.length - body.trimStart().length;
  return { template: body.trim(), templateLine: source.slice(0, start + leading).split("\n").length };
}

function shiftLines(e: ConfigError, by: number): ConfigError {
  const shift = (x: ConfigError) =>
    new ConfigError(x.message, {
      hint: x.hint,
      location: x.location && {
        ...x.location,
        line: x.location.line === undefined ? undefined : x.location.line + by,
      },
    });
  const first = shift(e);
  return new ConfigError(first.message, {
    hint: first.hint,
    location: first.location,
    others: e.others.map(shift),
  });
}

export async function loadPromptFile(file: string, root?: string): Promise<PromptFile> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new ConfigError(`cannot read prompt file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, {
      location: { file },
      hint: "check the path; prompt paths in a suite are relative to the suite file",
    });
  }
  return parsePromptFile(
    text,
    file,
    promptNameFromPath(root ? path.relative(root, file) : path.basename(file)),
  );
}

export interface PromptPartial {
  file: string;
  template: string;
  templateLine: number;
}

export interface PromptSet {
  prompts: PromptFile[];
  /** Partials (`_name.prompt`), by name, with the file they came from. */
  partials: Map<string, PromptPartial>;
}

/** `_tone.prompt` → "tone"; undefined for a file that is not a partial. */
export function partialName(file: string): string | undefined {
  const base = path.basename(file);
  return base.startsWith("_") && base.endsWith(".prompt") ? base.slice(1, -".prompt".length) : undefined;
}

/** A partial's template: the body after its front matter, if it has any. */
export function parsePartial(text: string, file: string): PromptPartial {
  const source = normalizeSource(text);
  const front = FRONT_MATTER.exec(source);
  return { file, ...templateOf(source, front ? front[0].length : 0) };
}

/** Every `.prompt` file under a directory; files starting with `_` are partials. */
export async function loadPromptDir(dir: string): Promise<PromptSet> {
  const entries = await readdir(dir, { recursive: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return [] as string[];
    throw e;
  });
  const prompts: PromptFile[] = [];
  const partials: PromptSet["partials"] = new Map();
  for (const rel of entries.filter((f) => f.endsWith(".prompt")).sort()) {
    const file = path.join(dir, rel);
    assertInsideWorkspace(file, { file });
    const name = partialName(file);
    if (name !== undefined) {
      partials.set(name, parsePartial(await readFile(file, "utf8"), file));
      continue;
    }
    prompts.push(await loadPromptFile(file, dir));
  }
  const seen = new Map<string, string>();
  for (const p of prompts) {
    const other = seen.get(p.id);
    if (other) {
      throw new ConfigError(`two prompt files define "${p.id}"`, {
        location: { file: p.file },
        hint: `rename one of ${other} and ${p.file}, or give it a variant`,
      });
    }
    seen.set(p.id, p.file);
  }
  return { prompts, partials };
}
