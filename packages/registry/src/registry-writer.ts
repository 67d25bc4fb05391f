import { ConfigError, parseConfigText, RuntimeFailure } from "@mlops/core";
import { compare, inc, valid } from "semver";
import { parseDocument, stringify } from "yaml";
import { backoff } from "./audit-log.ts";
import type { RegistryFiles, RegistryReader } from "./registry-files.ts";
import {
  type Adoption,
  type ArtifactRecord,
  type Evidence,
  type ModelFile,
  ModelFileSchema,
  REGISTRY_SCHEMA_VERSION,
  type VersionFile,
  VersionFileSchema,
} from "./registry-schema.ts";

/**
 * The write side of the file registry, over any `RegistryFiles`. Every change is one file written with
 * a precondition on its previous content: a version file is created only if absent, the model file
 * (aliases) is replaced only if unchanged since it was read. A writer that loses the race re-reads and
 * decides again, so concurrent promotions serialise without a lock server.
 */

const MAX_ATTEMPTS = 20;

export const modelFileName = (model: string) => `models/${model}/model.yml`;
export const versionFileName = (model: string, version: string) => `models/${model}/versions/${version}.yml`;

export interface ModelState {
  file: string;
  model: ModelFile;
  /** The content version the next write must expect; null when the model is not registered yet. */
  version: string | null;
  text: string;
}

export async function readModelState(files: RegistryReader, model: string): Promise<ModelState> {
  const rel = modelFileName(model);
  const file = files.describe(rel);
  const found = await files.read(rel);
  if (!found) {
    return {
      file,
      model: { schemaVersion: REGISTRY_SCHEMA_VERSION, name: model, aliases: {} },
      version: null,
      text: `schemaVersion: ${REGISTRY_SCHEMA_VERSION}\nname: ${model}\naliases: {}\n`,
    };
  }
  const parsed = parseConfigText(found.text, file, ModelFileSchema);
  if (parsed.name !== model) {
    throw new ConfigError(`model file names "${parsed.name}" but lives in the folder of "${model}"`, {
      location: { file, line: lineOf(found.text, /^name\s*:/), path: "name" },
      hint: `set name: ${model}`,
    });
  }
  for (const [alias, version] of Object.entries(parsed.aliases)) {
    if (!(await files.read(versionFileName(model, version)))) {
      throw new ConfigError(`alias "${alias}" points at version ${version}, which is not registered`, {
        location: {
          file,
          line: lineOf(found.text, new RegExp(`^\\s+${alias}\\s*:`)),
          path: `aliases.${alias}`,
        },
        hint: `registered versions: ${(await listRegisteredVersions(files, model)).join(", ") || "(none)"}`,
      });
    }
  }
  return { file, model: parsed, version: found.version, text: found.text };
}

export async function listRegisteredVersions(files: RegistryReader, model: string): Promise<string[]> {
  return (await files.list(`models/${model}/versions`))
    .filter((n) => n.endsWith(".yml"))
    .map((n) => n.slice(0, -4))
    .filter((v) => valid(v) !== null)
    .sort(compare);
}

export async function readVersionRecord(
  files: RegistryReader,
  model: string,
  version: string,
): Promise<{ file: string; record: VersionFile } | undefined> {
  const rel = versionFileName(model, version);
  const found = await files.read(rel);
  if (!found) return undefined;
  const file = files.describe(rel);
  const record = parseConfigText(found.text, file, VersionFileSchema);
  if (record.version !== version) {
    throw new ConfigError(`version file says "${record.version}" but is named ${version}.yml`, {
      location: { file, line: lineOf(found.text, /^version\s*:/), path: "version" },
      hint: "the file name and the version field must agree",
    });
  }
  return { file, record };
}

export interface RegisterRequest {
  model: string;
  /** Explicit semver; by default the next patch after the highest registered version (1.0.0 first). */
  version?: string;
  artifact: ArtifactRecord;
  description?: string;
  metrics?: Record<string, number>;
  lineage?: VersionFile["lineage"];
  tags?: Record<string, string>;
  evidence?: Evidence;
  adopted?: Adoption;
  createdAt: Date;
}

export interface Registered {
  version: string;
  file: string;
  record: VersionFile;
  /** false when this artifact was registered before (a rerun): the existing version is returned. */
  created: boolean;
}

/** The version that already holds these bytes (a rerun registers nothing new), newest first. */
export async function versionHolding(
  files: RegistryReader,
  model: string,
  versions: string[],
  sha256: string,
): Promise<{ version: string; file: string; record: VersionFile } | undefined> {
  for (const v of [...versions].reverse()) {
    const existing = await readVersionRecord(files, model, v);
    if (existing?.record.artifact.sha256 === sha256) return { version: v, ...existing };
  }
  return undefined;
}

/** The label a new registration gets: the one asked for, or the next patch (1.0.0 first). */
export function newVersionLabel(
  files: RegistryReader,
  request: Pick<RegisterRequest, "model" | "version">,
  versions: string[],
): string {
  if (request.version === undefined) {
    return versions.length === 0 ? "1.0.0" : inc(versions[versions.length - 1]!, "patch")!;
  }
  if (valid(request.version) === null) {
    throw new ConfigError(`"${request.version}" is not a semantic version`, {
      location: { file: "promote inputs", path: "version" },
      hint: "write MAJOR.MINOR.PATCH, e.g. 1.2.0",
    });
  }
  if (versions.includes(request.version)) {
    const file = files.describe(versionFileName(request.model, request.version));
    throw new ConfigError(
      `version ${request.version} of "${request.model}" already exists with another artifact`,
      {
        location: { file, path: "version" },
        hint: "versions are immutable: choose a new version, or leave version empty for the next patch",
      },
    );
  }
  return request.version;
}

/** A version file's record and its text as stored. */
export function versionFileText(
  request: RegisterRequest,
  version: string,
): { record: VersionFile; text: string } {
  const record: VersionFile = VersionFileSchema.parse({
    schemaVersion: REGISTRY_SCHEMA_VERSION,
    version,
    createdAt: request.createdAt.toISOString(),
    ...(request.description ? { description: request.description } : {}),
    artifact: request.artifact,
    metrics: request.metrics ?? {},
    ...(request.lineage ? { lineage: request.lineage } : {}),
    tags: request.tags ?? {},
    ...(request.evidence ? { evidence: request.evidence } : {}),
    ...(request.adopted ? { adopted: request.adopted } : {}),
  });
  return { record, text: stringify(record, { lineWidth: 0 }) };
}

/**
 * Registers an artifact as a new version. The same artifact (same sha256) registered earlier is found
 * and returned instead, so a rerun of a promotion does not mint a second version.
 */
export async function registerVersion(files: RegistryFiles, request: RegisterRequest): Promise<Registered> {
  const state = await readModelState(files, request.model);
  if (state.version === null) {
    await files.write(modelFileName(request.model), state.text, {
      expect: null,
      message: `registry: add model ${request.model}`,
    });
  }
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const versions = await listRegisteredVersions(files, request.model);
    const existing = await versionHolding(files, request.model, versions, request.artifact.sha256);
    if (existing) return { ...existing, created: false };
    const version = newVersionLabel(files, request, versions);
    const rel = versionFileName(request.model, version);
    const { record, text } = versionFileText(request, version);
    const outcome = await files.write(rel, text, {
      expect: null,
      message: `registry: register ${request.model} ${version}`,
    });
    if (outcome === "written") return { version, file: files.describe(rel), record, created: true };
    if (request.version !== undefined) continue;
    await backoff(attempt);
  }
  throw new RuntimeFailure(
    `could not register a version of "${request.model}": too many concurrent writers`,
    {
      hint: "rerun the job",
    },
  );
}

export interface MoveAliasRequest {
  model: string;
  alias: string;
  version: string;
  /**
   * Called with the freshly read state before every attempt; throw to refuse (e.g. the version is not
   * at the previous stage any more). Runs again after a lost race, on what the winner wrote.
   */
  check?: (state: ModelState) => void;
  message: string;
}

/** Points `alias` at `version`; returns what it pointed at before, as read under the precondition. */
export async function moveAlias(
  files: RegistryFiles,
  request: MoveAliasRequest,
): Promise<{ previous: string | undefined; state: ModelState; after: ModelFile }> {
  if (!(await readVersionRecord(files, request.model, request.version))) {
    throw new ConfigError(`version ${request.version} of "${request.model}" is not registered`, {
      location: { file: files.describe(versionFileName(request.model, request.version)) },
    });
  }
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const state = await readModelState(files, request.model);
    request.check?.(state);
    const previous = state.model.aliases[request.alias];
    const { text, after } = withAlias(state, request.alias, request.version);
    const outcome = await files.write(modelFileName(request.model), text, {
      expect: state.version,
      message: request.message,
    });
    if (outcome === "written") return { previous, state, after };
    await backoff(attempt);
  }
  throw new RuntimeFailure(`could not move ${request.model}@${request.alias}: too many concurrent writers`, {
    hint: "rerun the job; the registry was not changed",
  });
}

/** The model file with `alias` pointing at `version`, the rest of the file (comments too) kept. */
export function withAlias(
  state: ModelState,
  alias: string,
  version: string,
): { text: string; after: ModelFile } {
  const doc = parseDocument(state.text);
  doc.setIn(["aliases", alias], version);
  const text = doc.toString({ lineWidth: 0 });
  return { text, after: parseConfigText(text, state.file, ModelFileSchema) };
}

function lineOf(text: string, pattern: RegExp): number | undefined {
  const i = text.split("\n").findIndex((l) => pattern.test(l));
  return i < 0 ? undefined : i + 1;
}
