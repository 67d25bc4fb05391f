import { readFile } from "node:fs/promises";
import { closest, distance } from "fastest-levenshtein";
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { z } from "zod";
import { ConfigError, type SourceLocation } from "./errors.ts";
import { withConfigBase } from "./workspace-paths.ts";

/**
 * Loads YAML or JSON (JSON is read as YAML, which keeps positions) and validates it with a zod schema.
 * Every problem is reported at once, each located to file:line:column and key path, saying what was
 * expected, what was found, and — for a misspelt key — which key was probably meant.
 */

/**
 * Deeper than any config or result file needs; reading deeper nesting recursively could exhaust the stack.
 */
export const MAX_NESTING = 100;
/** Alias expansions one file may make: a few anchors reused is normal, a billion-laughs bomb is not. */
const MAX_ALIAS_COUNT = 100;

export interface LoadConfigOptions {
  /**
   * Runs on the parsed value before it is validated: loads what the schema's checks need and is too heavy
   * to load for every file (a regex engine, a JSON Schema validator), judging by what the file names.
   */
  prepare?(data: unknown): Promise<void>;
}

export async function loadConfigFile<S extends z.ZodType>(
  file: string,
  schema: S,
  options: LoadConfigOptions = {},
): Promise<z.output<S>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(code === "ENOENT" ? "file not found" : `cannot read file (${code ?? String(e)})`, {
      location: { file },
      hint:
        code === "ENOENT"
          ? "check the path; relative paths are resolved from the working directory"
          : undefined,
    });
  }
  const parsed = parseConfigDocument(text, file);
  await options.prepare?.(parsed.data);
  return validateConfigDocument(parsed, schema);
}

export function parseConfigText<S extends z.ZodType>(text: string, file: string, schema: S): z.output<S> {
  return validateConfigDocument(parseConfigDocument(text, file), schema);
}

interface ConfigDocument {
  file: string;
  doc: ReturnType<typeof parseDocument>;
  lineCounter: LineCounter;
  data: unknown;
}

function parseConfigDocument(text: string, file: string): ConfigDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ""), {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  // The parser stops at its own stack limit and says so on every level: one message is enough.
  const exhausted = doc.errors.find((err) => err.code === "RESOURCE_EXHAUSTION");
  if (exhausted) throw tooDeep(at(exhausted.pos[0]));
  if (doc.errors.length > 0) {
    const errors = doc.errors.map(
      (err) =>
        new ConfigError(`not valid YAML/JSON: ${firstLine(err.message)}`, {
          location: at(err.pos[0]),
          hint: err.code === "DUPLICATE_KEY" ? "remove or rename the repeated key" : undefined,
        }),
    );
    throw withOthers(errors);
  }
  const { deep, alias } = scanNodes(doc.contents);
  if (deep) throw tooDeep(at(deep.range?.[0] ?? 0));
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    // The only way converting a parsed document fails: aliases that expand beyond the limit.
    throw new ConfigError(`YAML aliases expand to more than ${MAX_ALIAS_COUNT} copies`, {
      location: at(alias?.range?.[0] ?? 0),
      hint: "write the repeated values out, or reuse fewer anchors (*name)",
    });
  }
  return { file, doc, lineCounter, data };
}

function validateConfigDocument<S extends z.ZodType>(
  { file, doc, lineCounter, data }: ConfigDocument,
  schema: S,
): z.output<S> {
  const result = withConfigBase(file, () => schema.safeParse(data ?? {}));
  if (result.success) return result.data;

  const locate = (path: PropertyKey[], preferKey: boolean): SourceLocation => {
    const node = nodeAt(doc.contents, path, preferKey);
    const range = node?.range;
    const pos = range ? lineCounter.linePos(range[0]) : undefined;
    return { file, line: pos?.line, column: pos?.col, path: formatPath(path) || undefined };
  };
  const errors = result.error.issues.flatMap((issue) => describeIssue(issue, schema, data, locate));
  errors.sort((a, b) => position(a) - position(b));
  throw withOthers(errors);
}

/**
 * Validates a value read some other way (a row of a dataset) whose source is known as a whole: each
 * problem is reported at that file and line, with its key path, in the same words as a config file's.
 */
export function parseConfigValue<S extends z.ZodType>(
  data: unknown,
  source: { file: string; line?: number },
  schema: S,
): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const locate: Locate = (path) => ({ ...source, path: formatPath(path) || undefined });
  throw withOthers(result.error.issues.flatMap((issue) => describeIssue(issue, schema, data, locate)));
}

/**
 * Finds key paths in a config file that has already been loaded, for problems that only show when the
 * config meets the data or the evaluation (a gate on a metric never produced, a column not in the data):
 * each is located to the value's line and column like a schema error.
 */
export async function configLocator(file: string): Promise<(path: readonly PropertyKey[]) => SourceLocation> {
  const text = await readFile(file, "utf8").catch(() => "");
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ""), { lineCounter, prettyErrors: false });
  return locator({ file, doc, lineCounter });
}

/**
 * `parseConfigText` that also returns the locator of `configLocator` for the same text, parsed once: for
 * files read in bulk (a library of many entries) whose entries are named by their place.
 */
export function parseLocatedConfigText<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
): { value: z.output<S>; locate: (path: readonly PropertyKey[]) => SourceLocation } {
  const parsed = parseConfigDocument(text, file);
  return { value: validateConfigDocument(parsed, schema), locate: locator(parsed) };
}

function locator({
  file,
  doc,
  lineCounter,
}: Pick<ConfigDocument, "file" | "doc" | "lineCounter">): (path: readonly PropertyKey[]) => SourceLocation {
  return (path) => {
    const range = nodeAt(doc.contents, path, false)?.range;
    const pos = range ? lineCounter.linePos(range[0]) : undefined;
    return { file, line: pos?.line, column: pos?.col, path: formatPath(path) || undefined };
  };
}

export const TOO_DEEP = `nested more than ${MAX_NESTING} levels deep`;

function tooDeep(location: SourceLocation): ConfigError {
  return new ConfigError(TOO_DEEP, {
    location,
    hint: "config and result files are a few levels deep; this one was not read",
  });
}

/**
 * The first node nested beyond `MAX_NESTING`, walked with an explicit stack: the walk must not itself
 * recurse as deep as the input, and code that handles the input recursively (JSON.stringify, zod,
 * templates) must never see it.
 */
export function beyondNesting<T>(
  root: T,
  children: (node: T) => Iterable<T> | undefined,
  visit?: (node: T) => void,
): T | undefined {
  const stack: [T, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_NESTING) return node;
    visit?.(node);
    for (const child of children(node) ?? []) stack.push([child, depth + 1]);
  }
  return undefined;
}

/** Whether a parsed JSON value (a data row, a case) nests beyond `MAX_NESTING`. */
export function nestedTooDeep(value: unknown): boolean {
  return (
    beyondNesting(value, (v) => (v !== null && typeof v === "object" ? Object.values(v) : undefined)) !==
    undefined
  );
}

/** The first YAML node nested beyond `MAX_NESTING`, and the first alias. */
function scanNodes(root: unknown): { deep?: Node; alias?: Node } {
  let alias: Node | undefined;
  const deep = beyondNesting(
    root,
    (node) =>
      isMap(node)
        ? node.items.flatMap((pair) => [pair.key, pair.value])
        : isSeq(node)
          ? node.items
          : undefined,
    (node) => {
      if (isAlias(node)) alias ??= node;
    },
  );
  return { deep: deep as Node | undefined, alias };
}

/** Throws every problem found at once, in file order: the first as the error, the rest as its `others`. */
export function throwConfigErrors(errors: readonly ConfigError[]): void {
  if (errors.length > 0) throw withOthers([...errors].sort((a, b) => position(a) - position(b)));
}

function position(e: ConfigError): number {
  return (e.location?.line ?? 0) * 1e6 + (e.location?.column ?? 0);
}

function withOthers(errors: ConfigError[]): ConfigError {
  const [first, ...rest] = errors;
  if (!first) return new ConfigError("invalid configuration");
  if (rest.length === 0) return first;
  return new ConfigError(first.message, { location: first.location, hint: first.hint, others: rest });
}

type Locate = (path: PropertyKey[], preferKey: boolean) => SourceLocation;

function describeIssue(
  issue: z.core.$ZodIssue,
  schema: z.ZodType,
  data: unknown,
  locate: Locate,
): ConfigError[] {
  const path = issue.path;
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = knownKeysAt(schema, path);
      return issue.keys.map((key) => {
        const suggestion = known.length > 0 ? closest(key, known) : undefined;
        const near = suggestion !== undefined && distance(key, suggestion) <= Math.max(2, key.length / 3);
        return new ConfigError(`unknown key "${key}"`, {
          location: locate([...path, key], true),
          hint: near
            ? `did you mean "${suggestion}"?`
            : known.length > 0
              ? `allowed keys here: ${known.join(", ")}`
              : "remove it",
        });
      });
    }
    case "invalid_type": {
      const found = valueAt(data, path);
      if (found === undefined) {
        const parent = path.slice(0, -1);
        return [
          new ConfigError(
            `missing required key "${String(path.at(-1) ?? "")}" (expected ${issue.expected})`,
            {
              location: { ...locate(parent, false), path: formatPath(path) },
              hint: `add ${formatPath(path)}`,
            },
          ),
        ];
      }
      return [
        new ConfigError(`expected ${issue.expected}, found ${describeValue(found)}`, {
          location: locate(path, false),
        }),
      ];
    }
    case "invalid_value":
      return [
        new ConfigError(
          `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, found ${describeValue(valueAt(data, path))}`,
          { location: locate(path, false) },
        ),
      ];
    case "invalid_union": {
      if ("options" in issue && issue.options && issue.discriminator) {
        return [unknownDiscriminator(issue.options, issue.discriminator, path, data, locate)];
      }
      // Report the branch that got furthest: the one whose first issue has the longest path.
      const branches = issue.errors.filter((b) => b.length > 0);
      if (branches.length > 0) {
        const best = branches.reduce((a, b) => (deepestPath(b) > deepestPath(a) ? b : a));
        return best.flatMap((inner) =>
          describeIssue(
            { ...inner, path: [...path, ...inner.path] } as z.core.$ZodIssue,
            schema,
            data,
            locate,
          ),
        );
      }
      break;
    }
    case "custom":
      // A check that explains itself (a path leaving the workspace) is not followed by the value found.
      if (typeof issue.params?.hint === "string")
        return [new ConfigError(issue.message, { location: locate(path, false), hint: issue.params.hint })];
      break;
  }
  return [
    new ConfigError(`${lowerFirst(issue.message)}, found ${describeValue(valueAt(data, path))}`, {
      location: locate(path, false),
    }),
  ];
}

/** A discriminated union's tag (`type: contanis`) that names no branch: suggest the closest tag. */
function unknownDiscriminator(
  options: readonly unknown[],
  key: string,
  path: readonly PropertyKey[],
  data: unknown,
  locate: Locate,
): ConfigError {
  const known = options.map(String);
  const found = valueAt(data, path);
  if (found === undefined) {
    return new ConfigError(`missing required key "${key}"`, {
      location: { ...locate([...path.slice(0, -1)], false), path: formatPath(path) },
      hint: `add ${key}: one of ${known.join(", ")}`,
    });
  }
  const suggestion = typeof found === "string" && known.length > 0 ? closest(found, known) : undefined;
  const near =
    suggestion !== undefined && distance(String(found), suggestion) <= Math.max(2, String(found).length / 3);
  const shown = typeof found === "string" ? JSON.stringify(found) : describeValue(found);
  return new ConfigError(`unknown ${key} ${shown}`, {
    location: locate([...path], false),
    hint: near ? `did you mean "${suggestion}"?` : `known: ${known.join(", ")}`,
  });
}

function deepestPath(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(...issues.map((i) => i.path.length));
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function firstLine(s: string): string {
  return s.split("\n")[0] ?? s;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out === "" ? String(p) : `.${String(p)}`;
  }
  return out;
}

function describeValue(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === "object") return "a mapping";
  const text = JSON.stringify(v);
  return `${typeof v} ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur = data;
  for (const p of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}

/** The YAML node at a key path; with `preferKey`, the key node of the last step (for unknown keys). */
function nodeAt(root: unknown, path: readonly PropertyKey[], preferKey: boolean): Node | undefined {
  let cur = root as Node | null | undefined;
  let last: Node | undefined = cur ?? undefined;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (isMap(cur)) {
      const pair = cur.items.find(
        (it) => isPair(it) && isScalar(it.key) && String(it.key.value) === String(step),
      );
      if (!pair) return last;
      if (preferKey && i === path.length - 1 && isScalar(pair.key)) return pair.key;
      cur = pair.value as Node | null;
    } else if (isSeq(cur) && typeof step === "number") {
      cur = cur.items[step] as Node | null;
    } else {
      return last;
    }
    if (cur) last = cur;
  }
  return last;
}

interface ZodDefLike {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
}

function defOf(schema: z.ZodType): ZodDefLike {
  return (schema as unknown as { _zod: { def: ZodDefLike } })._zod.def;
}

/** Keys an object schema accepts at a data path, for "did you mean" hints. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const candidates = schemasAt(schema, path);
  const keys = new Set<string>();
  for (const s of candidates) {
    const def = defOf(s);
    if (def.type === "object" && def.shape) for (const k of Object.keys(def.shape)) keys.add(k);
  }
  return [...keys];
}

function unwrap(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
      return def.innerType ? unwrap(def.innerType) : [schema];
    case "pipe":
      return def.in ? unwrap(def.in) : [schema];
    case "union":
      return (def.options ?? []).flatMap(unwrap);
    default:
      return [schema];
  }
}

function schemasAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType[] {
  let current = unwrap(schema);
  for (const step of path) {
    const next: z.ZodType[] = [];
    for (const s of current) {
      const def = defOf(s);
      if (def.type === "object" && def.shape && typeof step === "string" && def.shape[step]) {
        next.push(...unwrap(def.shape[step]));
      } else if (def.type === "array" && def.element) {
        next.push(...unwrap(def.element));
      } else if (def.type === "record" && def.valueType) {
        next.push(...unwrap(def.valueType));
      }
    }
    current = next;
  }
  return current;
}
