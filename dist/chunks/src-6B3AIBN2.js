import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  ALIAS_NAME,
  ArtifactRecordSchema,
  MODEL_NAME,
  ModelFileSchema,
  REGISTRY_SCHEMA_VERSION,
  VersionFileSchema,
  fileDigest,
  findModelVersion,
  formatModelRef,
  listVersions,
  localArtifactPath,
  modelDir,
  modelFilePath,
  parseModelRef,
  readModelFile,
  readVersionFile,
  registrySchemas,
  resolveModelVersion,
  verifyArtifact,
  versionFilePath
} from "./chunk-ENHXHHJZ.js";
import "./chunk-MN5EC6CS.js";
import "./chunk-IRBGD2ZG.js";
import "./chunk-CYLWIE3E.js";
import "./chunk-SFHOJSAM.js";
export {
  ALIAS_NAME,
  ArtifactRecordSchema,
  MODEL_NAME,
  ModelFileSchema,
  REGISTRY_SCHEMA_VERSION,
  VersionFileSchema,
  fileDigest,
  findModelVersion,
  formatModelRef,
  listVersions,
  localArtifactPath,
  modelDir,
  modelFilePath,
  parseModelRef,
  readModelFile,
  readVersionFile,
  registrySchemas,
  resolveModelVersion,
  verifyArtifact,
  versionFilePath
};
