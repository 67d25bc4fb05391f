import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError, parseConfigText } from "@mlops/core";
import { compare, valid } from "semver";
import { fileDigest } from "./artifact-digest.ts";
import { type ModelRef, parseModelRef } from "./model-ref.ts";
import {
  type ArtifactRecord,
  type ModelFile,
  ModelFileSchema,
  type VersionFile,
  VersionFileSchema,
} from "./registry-schema.ts";

/** A registered version, read and checked: its artifact exists and has the recorded digest. */
export interface ModelVersion {
  model: string;
  version: string;
  /** Aliases that point at this version. */
  aliases: string[];
  record: VersionFile;
  /** The version file, for messages that name it. */
  file: string;
  /** Local path of the verified artifact. */
  artifactPath: string;
}

export const modelDir = (registry: string, model: string) => path.join(registry, "models", model);
export const modelFilePath = (registry: string, model: string) =>
  path.join(modelDir(registry, model), "model.yml");
export const versionFilePath = (registry: string, model: string, version: string) =>
  path.join(modelDir(registry, model), "versions", `${version}.yml`);

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new ConfigError(`cannot read registry file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, {
      location: { file },
    });
  }
}

/** The line of the first match, so that a semantic error can point into the file. */
function lineOf(text: string, pattern: RegExp): number | undefined {
  const lines = text.split("\n");
  const i = lines.findIndex((l) => pattern.test(l));
  return i < 0 ? undefined : i + 1;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The model file, or `undefined` when the model has never been registered. */
export async function readModelFile(registry: string, model: string): Promise<ModelFile | undefined> {
  const file = modelFilePath(registry, model);
  const text = await readText(file);
  if (text === undefined) return undefined;
  const parsed = parseConfigText(text, file, ModelFileSchema);
  if (parsed.name !== model) {
    throw new ConfigError(`model file names "${parsed.name}" but lives in the folder of "${model}"`, {
      location: { file, line: lineOf(text, /^name\s*:/), path: "name" },
      hint: `set name: ${model}, or move the folder to models/${parsed.name}`,
    });
  }
  return parsed;
}

export async function listVersions(registry: string, model: string): Promise<string[]> {
  const dir = path.join(modelDir(registry, model), "versions");
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((n) => n.endsWith(".yml"))
    .map((n) => n.slice(0, -4))
    .filter((v) => valid(v) !== null)
    .sort(compare);
}

export async function readVersionFile(
  registry: string,
  model: string,
  version: string,
): Promise<{ file: string; record: VersionFile } | undefined> {
  const file = versionFilePath(registry, model, version);
  const text = await readText(file);
  if (text === undefined) return undefined;
  const record = parseConfigText(text, file, VersionFileSchema);
  if (record.version !== version) {
    throw new ConfigError(`version file says "${record.version}" but is named ${version}.yml`, {
      location: { file, line: lineOf(text, /^version\s*:/), path: "version" },
      hint: "the file name and the version field must agree",
    });
  }
  return { file, record };
}

/** Where an artifact URI points on this machine; `undefined` for a scheme no local store serves. */
export function localArtifactPath(registry: string, artifact: ArtifactRecord): string | undefined {
  if (artifact.uri.startsWith("file://")) return fileURLToPath(artifact.uri);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(artifact.uri)) return undefined;
  return path.resolve(registry, artifact.uri);
}

/** Checks that the artifact exists and has the recorded sha256 (and size); returns its local path. */
export async function verifyArtifact(registry: string, file: string, record: VersionFile): Promise<string> {
  const local = localArtifactPath(registry, record.artifact);
  if (local === undefined) {
    throw new ConfigError(`artifact URI "${record.artifact.uri}" is not a local path`, {
      location: { file, path: "artifact.uri" },
      hint: "the file registry reads artifacts by path relative to the registry directory, or file:// URLs",
    });
  }
  const actual = await fileDigest(local).catch((e: NodeJS.ErrnoException) => {
    throw new ConfigError(`artifact ${record.artifact.uri} is missing (${e.code ?? String(e)})`, {
      location: { file, path: "artifact.uri" },
      hint: `restore the file at ${local}, or fix artifact.uri (relative to the registry directory)`,
    });
  });
  if (actual.sha256 !== record.artifact.sha256) {
    throw new ConfigError(
      `artifact digest mismatch: ${record.artifact.uri} has sha256 ${actual.sha256}, the registry records ${record.artifact.sha256}`,
      {
        location: { file, path: "artifact.sha256" },
        hint: "the artifact changed after it was registered: restore the registered file, or register a new version",
      },
    );
  }
  if (record.artifact.bytes !== undefined && actual.bytes !== record.artifact.bytes) {
    throw new ConfigError(
      `artifact size mismatch: ${record.artifact.uri} has ${actual.bytes} bytes, the registry records ${record.artifact.bytes}`,
      { location: { file, path: "artifact.bytes" } },
    );
  }
  return local;
}

/**
 * Looks up `<model>@<alias>` or `<model>@<version>`. Returns `undefined` when there is nothing to find —
 * the model was never registered, or the alias is not set yet (no champion: the first model) — and
 * throws a located ConfigError when the registry is inconsistent. The artifact digest is verified.
 */
export async function findModelVersion(
  registry: string,
  reference: string | ModelRef,
): Promise<ModelVersion | undefined> {
  const ref = typeof reference === "string" ? parseModelRef(reference) : reference;
  const modelFile = await readModelFile(registry, ref.model);
  if (!modelFile) {
    if (ref.version === undefined) return undefined;
    throw new ConfigError(`model "${ref.model}" is not in the registry`, {
      location: { file: modelFilePath(registry, ref.model) },
      hint: `registered models live in ${path.join(registry, "models")}/<name>/model.yml`,
    });
  }
  let version = ref.version;
  if (ref.alias !== undefined) {
    version = modelFile.aliases[ref.alias];
    if (version === undefined) return undefined;
  }
  const found = await readVersionFile(registry, ref.model, version!);
  if (!found) {
    const file = modelFilePath(registry, ref.model);
    const text = (await readText(file)) ?? "";
    const known = await listVersions(registry, ref.model);
    throw new ConfigError(
      ref.alias !== undefined
        ? `alias "${ref.alias}" points at version ${version}, which is not registered`
        : `version ${version} of "${ref.model}" is not registered`,
      {
        location:
          ref.alias !== undefined
            ? {
                file,
                line: lineOf(text, new RegExp(`^\\s+${escapeRegExp(ref.alias)}\\s*:`)),
                path: `aliases.${ref.alias}`,
              }
            : { file: versionFilePath(registry, ref.model, version!) },
        hint: known.length > 0 ? `registered versions: ${known.join(", ")}` : "no version is registered yet",
      },
    );
  }
  const artifactPath = await verifyArtifact(registry, found.file, found.record);
  const aliases = Object.entries(modelFile.aliases)
    .filter(([, v]) => v === version)
    .map(([a]) => a)
    .sort();
  return {
    model: ref.model,
    version: version!,
    aliases,
    record: found.record,
    file: found.file,
    artifactPath,
  };
}

/** Like `findModelVersion`, but a missing model or unset alias is an error too. */
export async function resolveModelVersion(
  registry: string,
  reference: string | ModelRef,
): Promise<ModelVersion> {
  const ref = typeof reference === "string" ? parseModelRef(reference) : reference;
  const found = await findModelVersion(registry, ref);
  if (found) return found;
  const modelFile = await readModelFile(registry, ref.model);
  throw new ConfigError(
    modelFile
      ? `alias "${ref.alias}" is not set for model "${ref.model}"`
      : `model "${ref.model}" is not in the registry`,
    {
      location: {
        file: modelFilePath(registry, ref.model),
        path: modelFile ? `aliases.${ref.alias}` : undefined,
      },
      hint: modelFile
        ? `set aliases: ${Object.keys(modelFile.aliases).join(", ") || "(none yet)"}`
        : `registered models live in ${path.join(registry, "models")}/<name>/model.yml`,
    },
  );
}
