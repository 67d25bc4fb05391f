export { type AdoptionOutcome, type AdoptionRequest, adoptionNote } from "./adoption-commit.ts";
export { type ArtifactCheck, checkArtifact } from "./artifact-check.ts";
export { fileDigest } from "./artifact-digest.ts";
export { releaseAssetTag, storedArtifactDir } from "./artifact-file.ts";
export { type AuditChainReport, verifyAuditChain } from "./audit-chain.ts";
export { appendAuditRecord, auditRecordPath, readAuditLog, servingVersion } from "./audit-log.ts";
export { type AuditRecord, type AuditRecordInput, AuditRecordSchema, type Serving } from "./audit-record.ts";
export { type CanaryVerdict, holdCanary, type Measurement } from "./canary-analysis.ts";
export { type DeployConfig, DeployConfigSchema, parseDuration } from "./deploy-config.ts";
export {
  commitDeployment,
  type DeploymentRecord,
  type DeployState,
  DeployStateSchema,
  deploymentId,
  deployStatePath,
  readDeployState,
  registryServing,
  type ServingState,
} from "./deploy-state.ts";
export { fileModelRegistry } from "./file-registry.ts";
export { checkHealth, type HealthResult } from "./health-check.ts";
export { legacyAuditLogPath } from "./legacy-audit-log.ts";
export { renderTemplate } from "./manifest-template.ts";
export { createMlflowClient, type MlflowClient } from "./mlflow-client.ts";
export { MLFLOW_TAGS } from "./mlflow-registry.ts";
export type { ModelRef } from "./model-ref.ts";
export { formatModelRef, parseModelRef } from "./model-ref.ts";
export {
  type ModelRegistry,
  type RegisteredVersion,
  type ResolvedVersion,
  resolveReference,
} from "./model-registry.ts";
export { type PromoteConfig, PromoteConfigSchema, type Stage, StageSchema } from "./promote-config.ts";
export {
  type PromotionOutcome,
  type PromotionRequest,
  promotionReceiptPath,
} from "./promotion-commit.ts";
export { type EvidenceVerdict, recordedRefusals, verifyEvidence } from "./promotion-evidence.ts";
export { type RegistryConfig, RegistryConfigSchema } from "./registry-config.ts";
export {
  type FileChange,
  localRegistryFiles,
  type RegistryFiles,
  type RegistryReader,
  type TransactionPlan,
} from "./registry-files.ts";
export type { Adoption, ArtifactRecord, Evidence, ModelFile, VersionFile } from "./registry-schema.ts";
export {
  ALIAS_NAME,
  ArtifactRecordSchema,
  EvidenceSchema,
  MODEL_NAME,
  ModelFileSchema,
  REGISTRY_SCHEMA_VERSION,
  VersionFileSchema,
} from "./registry-schema.ts";
export { openRegistry, type RegistryTarget } from "./registry-target.ts";
export {
  listRegisteredVersions,
  type ModelState,
  type MoveAliasRequest,
  modelFileName,
  moveAlias,
  type Registered,
  type RegisterRequest,
  readModelState,
  readVersionRecord,
  registerVersion,
  versionFileName,
} from "./registry-writer.ts";
export { httpRoute, renderStep, type VersionInfo } from "./render-manifests.ts";
export {
  type Backend,
  FIRST_DEPLOYMENT,
  planRollout,
  type RolloutPlan,
  type RolloutStep,
} from "./rollout-plan.ts";
export { type ProcessResult, processFailure, runProcess, splitCommand } from "./run-process.ts";
export { registrySchemas } from "./schemas.ts";
