import { ConfigError, closestName, type Logger, type SourceLocation } from "@mlops/core";
import type * as z from "zod";
import type { AdoptionOutcome, AdoptionRequest } from "./adoption-commit.ts";
import { type ModelRef, parseModelRef } from "./model-ref.ts";
import type { PromotionOutcome, PromotionRequest } from "./promotion-commit.ts";
import type { RegistryFiles } from "./registry-files.ts";
import type { Adoption, ArtifactRecord, Evidence, VersionFile } from "./registry-schema.ts";

/**
 * What the commands need from a model registry — versions with their artifact and digest, aliases,
 * and the writes promote makes — whichever backend holds them. Backends implement this; reference
 * lookups (`resolveReference`) are built on it once for all of them.
 */
export interface ModelRegistry {
  /** Where the model's aliases live, for error messages: a file, or the MLflow model. */
  location(model: string): string;
  aliases(model: string): Promise<Record<string, string>>;
  /** Registered versions, oldest first. */
  versions(model: string): Promise<string[]>;
  version(model: string, version: string): Promise<RegisteredVersion | undefined>;
  /** The label the next registration would get (for dry runs and refusals). */
  nextVersion(model: string): Promise<string>;
  /** Registers the artifact, or finds the version that already holds these bytes (a rerun). */
  register(request: RegistrationRequest): Promise<{ version: string; created: boolean }>;
  /**
   * Points `alias` at `version`. `check` sees the aliases just before the write and throws to refuse
   * (e.g. the version left the previous stage while this promotion ran).
   */
  moveAlias(request: {
    model: string;
    alias: string;
    version: string;
    message: string;
    check: (aliases: Record<string, string>) => void;
  }): Promise<{ previous: string | undefined; after: Record<string, string> }>;
  /**
   * A whole promotion — registration, alias and audit records — as one change that lands entirely or
   * not at all, and that a rerun finds instead of repeating. Backends whose store cannot commit several
   * records at once leave it out; promote then goes through `register` and `moveAlias`.
   */
  promote?(request: PromotionRequest): Promise<PromotionOutcome>;
  /** Takes a version that predates the gates in as it is, in one change (see adoption-commit.ts). */
  adopt?(request: AdoptionRequest): Promise<AdoptionOutcome>;
}

export interface RegisteredVersion {
  version: string;
  digest: `sha256:${string}`;
  /** The artifact as the registry records it: relative to the registry folder, or an absolute URI. */
  artifactUri: string;
  evidence?: Evidence;
  /** Set when the version was adopted as it is: it predates the gates. */
  adopted?: Adoption;
  /** Where the record lives and which fields hold the URI and digest, for messages that point at them. */
  recordedIn: { file: string; uriPath: string; digestPath: string };
}

export interface RegistrationRequest {
  model: string;
  version?: string;
  artifact: ArtifactRecord;
  /** The artifact as an absolute URI (MLflow's `source`); the file registry keeps `artifact.uri`. */
  source: string;
  /** What the evidence measured on the artifact. */
  metrics?: Record<string, number>;
  evidence?: Evidence;
  lineage: VersionFile["lineage"];
  links: Record<string, string>;
  createdAt: Date;
}

/** What a backend gets when it is opened. */
export interface RegistryContext {
  /** The backend's folder in the repository: the file registry itself, or MLflow's audit folder. */
  files: RegistryFiles;
  env: NodeJS.ProcessEnv;
  logger: Logger;
}

/** The config key every backend's schema is told apart by. */
export type BackendConfigSchema = z.ZodObject<{ type: z.ZodLiteral<string> } & z.ZodRawShape>;

/** One registry backend: its config (a `type` literal and its own keys) and how to open it. */
export interface RegistryBackend<Schema extends BackendConfigSchema = BackendConfigSchema> {
  schema: Schema;
  /** The repository folder, relative to the config file, that holds the audit log and stored artifacts. */
  folder(config: z.output<Schema>): string;
  /** Whether versions are semantic versions (GTO tags name them), rather than the backend's own numbers. */
  semanticVersions: boolean;
  open(config: z.output<Schema>, context: RegistryContext): ModelRegistry;
}

export interface ResolvedVersion extends RegisteredVersion {
  model: string;
  /** Aliases that point at this version. */
  aliases: string[];
}

/**
 * Looks up `<model>@<alias>` or `<model>@<version>`. Returns `undefined` only when the registry holds no
 * version of the model at all (the first model); a reference to an alias or version that does not exist
 * is a ConfigError located at `source` (where the reference was written) with the nearest alias or version.
 */
export async function resolveReference(
  registry: ModelRegistry,
  reference: string | ModelRef,
  source?: SourceLocation,
): Promise<ResolvedVersion | undefined> {
  const ref = typeof reference === "string" ? parseModelRef(reference) : reference;
  const [aliases, known] = await Promise.all([registry.aliases(ref.model), registry.versions(ref.model)]);
  const version = ref.alias === undefined ? ref.version : aliases[ref.alias];
  if (version === undefined && known.length === 0) return undefined;
  const found = version === undefined ? undefined : await registry.version(ref.model, version);
  if (found) {
    return {
      ...found,
      model: ref.model,
      aliases: Object.keys(aliases)
        .filter((a) => aliases[a] === version)
        .sort(),
    };
  }
  const existing = `${describeAliases(aliases)}; ${known.length > 0 ? `registered versions: ${known.join(", ")}` : "no version is registered yet"}`;
  if (ref.alias !== undefined && version !== undefined) {
    // The alias exists: the registry, not the reference, names a version it does not hold.
    throw new ConfigError(
      `alias ${ref.alias} of "${ref.model}" points at version ${version}, which is not registered`,
      {
        location: { file: registry.location(ref.model), path: `aliases.${ref.alias}` },
        hint: existing,
      },
    );
  }
  const wanted = ref.alias ?? version!;
  const near = closestName(wanted, [...Object.keys(aliases), ...known]);
  throw new ConfigError(
    ref.alias === undefined
      ? `version ${wanted} of "${ref.model}" is not registered`
      : `alias ${wanted} of "${ref.model}" is not set, and the model has registered versions, so this is not its first model`,
    {
      location: source ?? { file: registry.location(ref.model), path: "aliases" },
      hint: `${near ? `did you mean ${ref.model}@${near}? ` : ""}${existing}${
        ref.alias === undefined ? "" : `; or promote a version to ${ref.alias} first`
      }`,
    },
  );
}

function describeAliases(aliases: Record<string, string>): string {
  const names = Object.keys(aliases).sort();
  return names.length > 0
    ? `aliases: ${names.map((a) => `${a} → ${aliases[a]}`).join(", ")}`
    : "no alias is set";
}
