import { CheckStatusSchema, LineageSchema, SeveritySchema, SkipCauseSchema } from "@mlops/core";
import * as z from "zod";

/**
 * The git-native file registry, as files in the user's repository:
 *
 *   <registry>/models/<name>/model.yml              the model: description and aliases (alias → version)
 *   <registry>/models/<name>/versions/<version>.yml one file per registered version (semver)
 *
 * One file per version keeps concurrent registrations from touching the same file; aliases, which do
 * move, live in one small file whose content hash is the unit of optimistic concurrency for promotion.
 * Artifact URIs are paths relative to the registry directory (or `file://` URLs); remote stores add
 * their own schemes.
 */

export const REGISTRY_SCHEMA_VERSION = 1;

export const MODEL_NAME = /^[a-zA-Z0-9]([a-zA-Z0-9_-]*[a-zA-Z0-9])?$/;
export const ALIAS_NAME = /^[a-z][a-z0-9_-]*$/;

export const ArtifactRecordSchema = z
  .object({
    uri: z
      .string()
      .min(1)
      .describe("Relative to the registry directory, or file://; remote stores add schemes"),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits")
      .describe("Digest of the artifact's bytes; verified on every read"),
    bytes: z.number().int().nonnegative().optional(),
    format: z.string().optional().describe("e.g. onnx, pickle, churn-model/1"),
  })
  .strict();
export type ArtifactRecord = z.infer<typeof ArtifactRecordSchema>;

export const ModelFileSchema = z
  .object({
    schemaVersion: z.literal(REGISTRY_SCHEMA_VERSION),
    name: z
      .string()
      .regex(MODEL_NAME, "letters, digits, - and _, starting and ending with a letter or digit"),
    description: z.string().optional(),
    aliases: z
      .record(z.string().regex(ALIAS_NAME, "lowercase letters, digits, - and _"), z.string())
      .default({})
      .describe("Alias → version, e.g. champion: 1.2.0"),
  })
  .strict();
export type ModelFile = z.output<typeof ModelFileSchema>;

/** Why a version may be promoted: the results whose gates passed for exactly this artifact. */
export const EvidenceSchema = z
  .object({
    digest: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/)
      .describe("The artifact digest every result below was computed on"),
    results: z
      .array(
        z
          .object({
            kind: z.string(),
            name: z.string(),
            status: z.string(),
            startedAt: z.string().optional(),
            runUrl: z.string().optional(),
            gitSha: z.string().optional(),
          })
          .strict(),
      )
      .describe("The result envelopes behind the decision"),
    gates: z
      .array(
        z
          .object({
            kind: z.string(),
            id: z.string(),
            title: z.string().optional(),
            status: CheckStatusSchema,
            skip: SkipCauseSchema.optional().describe("Why a skipped gate did not apply"),
            severity: SeveritySchema,
            observed: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
            expected: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
          })
          .strict(),
      )
      .describe("Every gate of those results, with its outcome"),
  })
  .strict();
export type Evidence = z.infer<typeof EvidenceSchema>;

/** Why a version that predates the gates was taken into the registry as it is, and when. */
export const AdoptionSchema = z
  .object({
    reason: z.string().min(1),
    at: z.iso.datetime({ offset: true }),
  })
  .strict();
export type Adoption = z.infer<typeof AdoptionSchema>;

export const VersionFileSchema = z
  .object({
    schemaVersion: z.literal(REGISTRY_SCHEMA_VERSION),
    version: z.string().min(1).describe("Semantic version, e.g. 1.2.0"),
    createdAt: z.iso.datetime({ offset: true }),
    description: z.string().optional(),
    artifact: ArtifactRecordSchema,
    metrics: z.record(z.string(), z.number()).default({}).describe("Metrics recorded at registration"),
    lineage: LineageSchema.optional(),
    tags: z.record(z.string(), z.string()).default({}),
    evidence: EvidenceSchema.optional().describe(
      "Written by promote: the gates that passed for this artifact",
    ),
    adopted: AdoptionSchema.optional().describe(
      "Written by register: the version was already in use and predates the gates, so it has no evidence",
    ),
  })
  .strict();
export type VersionFile = z.output<typeof VersionFileSchema>;
