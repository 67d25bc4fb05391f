import * as z from "zod";
import { categoricalSwap } from "./categorical-swap.ts";
import type { DetectorDefinition, DetectorOptions } from "./detector.ts";
import { gaussianNoise } from "./gaussian-noise.ts";
import { jitter } from "./jitter.ts";
import { missingValue } from "./missing-value.ts";
import { outOfRange } from "./out-of-range.ts";
import { textVariant } from "./text-variant.ts";
import { unitSlip } from "./unit-slip.ts";

/** Every perturbation detector, one module each; adding one is its file, its test and a line here. */
export const DETECTORS = [
  jitter,
  gaussianNoise,
  categoricalSwap,
  missingValue,
  unitSlip,
  outOfRange,
  textVariant,
] as const;

export type DetectorType = (typeof DETECTORS)[number]["type"];
export const DETECTOR_TYPES = DETECTORS.map((d) => d.type) as DetectorType[];

export const DetectorConfigSchema = z.discriminatedUnion("type", [
  jitter.schema,
  gaussianNoise.schema,
  categoricalSwap.schema,
  missingValue.schema,
  unitSlip.schema,
  outOfRange.schema,
  textVariant.schema,
]);
export type DetectorConfig = z.output<typeof DetectorConfigSchema>;

export function detectorDefinition(type: string): DetectorDefinition {
  const found = DETECTORS.find((d) => d.type === type);
  if (!found) throw new RangeError(`no detector ${type}`);
  return found as unknown as DetectorDefinition;
}

/** Every detector with its defaults: what runs when the config lists none. */
export function defaultDetectors(): DetectorOptions[] {
  return DETECTORS.map((d) => DetectorConfigSchema.parse({ type: d.type }));
}
