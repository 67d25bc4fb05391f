export { canaryInstruction, canarySchema, MIN_CANARY_LENGTH } from "./canary.ts";
export type { Detection, DetectOptions, ModelResponse, Outcome } from "./detect.ts";
export { detect } from "./detect.ts";
export { canaryLeak } from "./detectors/canary-leak.ts";
export type { DetectorResult } from "./detectors/detector-result.ts";
export { exfiltration } from "./detectors/exfiltration.ts";
export type { FindPiiOptions, PiiFound, PiiKind } from "./detectors/find-pii.ts";
export { findPii } from "./detectors/find-pii.ts";
export { piiLeak } from "./detectors/pii-leak.ts";
export type { RefusalOptions } from "./detectors/refusal.ts";
export { REFUSAL_PHRASES, refusal } from "./detectors/refusal.ts";
export type { SeededPii } from "./detectors/seeded-pii.ts";
export { piiRecord, seededPii } from "./detectors/seeded-pii.ts";
export type { ToolCall } from "./detectors/tool-call.ts";
export { toolCalled } from "./detectors/tool-call.ts";
export type { ExpandOptions, RedteamCase } from "./expand-probes.ts";
export { expandProbes } from "./expand-probes.ts";
export type { Category, Channel, Expectation, Probe } from "./probe.ts";
export { CATEGORIES, CHANNELS, EXPECTATIONS, probeFileSchema, probeSchema, redteamSchemas } from "./probe.ts";
export type { ProbeLibrary } from "./probe-library.ts";
export { loadProbeLibrary } from "./probe-library.ts";
export type { Strategy } from "./strategies/strategy.ts";
export {
  applyStrategy,
  isInvertible,
  NO_STRATEGY,
  STRATEGIES,
  STRATEGY_NAMES,
  strategyNameSchema,
  unapplyStrategy,
} from "./strategy-registry.ts";
