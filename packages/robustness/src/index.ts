export { attackColumns } from "./attack-space.ts";
export type { BehaviourTest, MinimumFunctionalityTest, PerturbationTest } from "./behaviour-tests.ts";
export { BehaviourTestSchema, behaviourCases, behaviourTestName } from "./behaviour-tests.ts";
export type { AttackOptions, Counterexample, RowAttack } from "./boundary-attack.ts";
export { boundaryAttack } from "./boundary-attack.ts";
export type { ChangedOutcomes, OutcomeRule } from "./changed-outcomes.ts";
export { changedOutcomes } from "./changed-outcomes.ts";
export type { DetectorDefinition, DetectorOptions } from "./detector.ts";
export type { DetectorConfig, DetectorType } from "./detector-registry.ts";
export { DETECTOR_TYPES, DETECTORS, defaultDetectors, detectorDefinition } from "./detector-registry.ts";
export type { EvaluateRobustnessConfig } from "./evaluate-robustness-config.ts";
export {
  AttackSchema,
  EvaluateRobustnessConfigSchema,
  robustnessSchemas,
} from "./evaluate-robustness-config.ts";
export type { FailRate } from "./fail-rates.ts";
export { FAIL_RATE_METHOD, failRate, failRateChange } from "./fail-rates.ts";
export type { ColumnHints, Feature, FeatureKind } from "./feature-spec.ts";
export { featureSpec } from "./feature-spec.ts";
export { minimumFunctionalityOutcomes, minimumFunctionalityRows } from "./minimum-functionality.ts";
export type { CellChange, PerturbedCase } from "./perturb-rows.ts";
export { perturbRows, sampleRows } from "./perturb-rows.ts";
