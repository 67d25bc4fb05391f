import path from "node:path";
import { ConfigError, configLocator, type SourceLocation, throwConfigErrors } from "@mlops/core";
import { type DataContract, loadContract } from "@mlops/data";
import type { Dataset } from "@mlops/models";
import {
  type ColumnHints,
  type EvaluateRobustnessConfig,
  type Feature,
  featureSpec,
} from "@mlops/robustness";
import { requireNamedColumns } from "../train-validate/backtest-data.ts";

type Locate = (path: readonly PropertyKey[]) => SourceLocation;

/** Every column the config names is in the data; a missing one is named with the nearest that is. */
export function requireColumns(dataset: Dataset, config: EvaluateRobustnessConfig, locate: Locate): void {
  const wanted: [string, PropertyKey[]][] = [
    ...(config.data.label ? [[config.data.label, ["data", "label"]] as [string, PropertyKey[]]] : []),
    ...(config.data.id ? [[config.data.id, ["data", "id"]] as [string, PropertyKey[]]] : []),
    ...(config.data.features ?? []).map((c, i): [string, PropertyKey[]] => [c, ["data", "features", i]]),
    ...config.immutable.map((c, i): [string, PropertyKey[]] => [c, ["immutable", i]]),
  ];
  requireNamedColumns(dataset, wanted, config.data.path, locate);
}

/**
 * The model's features with what the detectors may do to them: the contract's types, ranges and allowed
 * values where it declares them, the immutable columns frozen. Stops, located, when nothing is left to
 * perturb.
 */
export async function robustnessFeatures(
  dataset: Dataset,
  names: readonly string[],
  config: EvaluateRobustnessConfig,
  run: { base: string; locate: Locate },
): Promise<Feature[]> {
  const contractFile = config.contract ? path.resolve(run.base, config.contract) : undefined;
  const contract = contractFile ? await loadContract(contractFile) : undefined;
  const values = dataset.columnValues(names);
  const features = featureSpec(
    names.map((name, j) => ({ name, values: values[j]! })),
    {
      immutable: new Set(config.immutable),
      ...(contract ? { hints: contractHints(contract) } : {}),
    },
  );
  if (contractFile) await requireBoundsHoldData(features, contractFile, config.data.path);
  if (features.every((f) => f.immutable || f.kind === "fixed")) {
    throw new ConfigError(
      "no feature is left to perturb: every feature the model sees is immutable or a date",
      {
        location: run.locate(config.immutable.length > 0 ? ["immutable"] : ["data", "features"]),
        hint: `features: ${names.join(", ")}; leave at least one out of immutable`,
      },
    );
  }
  return features;
}

function contractHints(contract: DataContract): Record<string, ColumnHints> {
  const out: Record<string, ColumnHints> = {};
  for (const [name, column] of Object.entries(contract.columns)) {
    const hints: ColumnHints = {};
    if (column.type) hints.type = column.type;
    const min = declared(column.min);
    const max = declared(column.max);
    if (typeof min === "number") hints.min = min;
    if (typeof max === "number") hints.max = max;
    const allowed = declared(column.allowed);
    if (Array.isArray(allowed)) hints.allowed = allowed.map(String);
    out[name] = hints;
  }
  return out;
}

/** A contract constraint is written bare or with its tuning; the detectors need only its value. */
function declared<T>(c: T | { value: T } | undefined): T | undefined {
  return c !== null && typeof c === "object" && !Array.isArray(c) && "value" in c ? c.value : (c as T);
}

/**
 * A declared range that no observed value lies in is a contract for other data: every perturbation kept
 * inside it would be a jump, not a nudge. Stops, located in the contract.
 */
async function requireBoundsHoldData(
  features: readonly Feature[],
  contractFile: string,
  dataPath: string,
): Promise<void> {
  const locate = await configLocator(contractFile);
  throwConfigErrors(
    features.flatMap((f) => {
      if (f.kind !== "integer" && f.kind !== "number") return [];
      if (f.min === undefined && f.max === undefined) return [];
      const observed = f.values.map(([v]) => Number(v));
      const inside = observed.filter((x) => (f.min ?? -Infinity) <= x && x <= (f.max ?? Infinity));
      if (observed.length === 0 || inside.length > 0) return [];
      const low = Math.min(...observed);
      const high = Math.max(...observed);
      return [
        new ConfigError(
          `the range of ${f.name} [${f.min ?? "−∞"}, ${f.max ?? "∞"}] holds none of its values in ${dataPath} (${low} to ${high})`,
          {
            location: locate(["columns", f.name, f.min !== undefined ? "min" : "max"]),
            hint: "fix the bounds (a unit or a scale?), or point contract: at this data's contract",
          },
        ),
      ];
    }),
  );
}
