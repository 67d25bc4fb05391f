export { fileDigest } from "./artifact-digest.ts";
export type { ModelVersion } from "./file-registry.ts";
export {
  findModelVersion,
  listVersions,
  localArtifactPath,
  modelDir,
  modelFilePath,
  readModelFile,
  readVersionFile,
  resolveModelVersion,
  verifyArtifact,
  versionFilePath,
} from "./file-registry.ts";
export type { ModelRef } from "./model-ref.ts";
export { formatModelRef, parseModelRef } from "./model-ref.ts";
export type { ArtifactRecord, ModelFile, VersionFile } from "./registry-schema.ts";
export {
  ALIAS_NAME,
  ArtifactRecordSchema,
  MODEL_NAME,
  ModelFileSchema,
  REGISTRY_SCHEMA_VERSION,
  registrySchemas,
  VersionFileSchema,
} from "./registry-schema.ts";
