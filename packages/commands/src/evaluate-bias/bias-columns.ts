import { ConfigError, misspeltName, type SourceLocation } from "@mlops/core";
import { binLabel, type SensitiveValues } from "@mlops/fairness";
import type { Dataset, EvaluateBiasConfig } from "@mlops/models";
import { requireNamedColumns } from "../train-validate/backtest-data.ts";

/** What a missing group value is called in the tables. */
export const MISSING = "(missing)";

type Locate = (path: readonly PropertyKey[]) => SourceLocation;

/** The columns the config names exist in the data; a missing one is named with the nearest that does. */
export function requireColumns(dataset: Dataset, config: EvaluateBiasConfig, locate: Locate): void {
  const wanted: [string, PropertyKey[]][] = [
    [config.data.label, ["data", "label"]],
    ...config.sensitive.map((c, i): [string, PropertyKey[]] => [c, ["sensitive", i]]),
  ];
  requireNamedColumns(dataset, wanted, config.data.path, locate);
  for (const column of Object.keys(config.bins)) {
    if (!config.sensitive.includes(column)) {
      throw new ConfigError(`bins.${column} names a column that is not in sensitive`, {
        location: locate(["bins", column]),
        hint: `sensitive: ${config.sensitive.join(", ")}`,
      });
    }
  }
}

/** The label as 0/1; any other value stops the run, naming the values found and what to do. */
export function readBinaryLabels(dataset: Dataset, label: string): Float64Array {
  const [values] = dataset.columnValues([label]);
  const out = new Float64Array(dataset.rows);
  let firstBad = -1;
  const found = new Set<string>();
  for (let i = 0; i < dataset.rows; i++) {
    const raw = values![i]!.trim();
    if (found.size < 12) found.add(raw === "" ? "(empty)" : raw);
    if (raw === "0" || raw === "1") out[i] = Number(raw);
    else if (firstBad < 0) firstBad = i;
  }
  if (firstBad >= 0) {
    throw new ConfigError(
      `label "${label}" is not binary: values found ${[...found].map((v) => JSON.stringify(v)).join(", ")}; group fairness metrics need 0/1 labels`,
      {
        location: { file: dataset.file, line: dataset.lineOf(firstBad), path: label },
        hint: "for one class against the rest, add a column that is 1 for that class and 0 otherwise, and name it as data.label",
      },
    );
  }
  return out;
}

/** Each sensitive column's group label per row: its value, or its band when the column is binned. */
export function readSensitive(
  dataset: Dataset,
  config: EvaluateBiasConfig,
  locate: Locate,
): SensitiveValues[] {
  const columns = dataset.columnValues(config.sensitive);
  return config.sensitive.map((name, j) => {
    const raw = columns[j]!;
    if (raw.every((v) => v.trim() === "")) {
      throw new ConfigError(`sensitive column "${name}" is empty in every row of ${config.data.path}`, {
        location: locate(["sensitive", j]),
        hint: "check the column name and the export that wrote the data",
      });
    }
    const edges = config.bins[name];
    if (!edges) return { name, values: raw.map((v) => (v.trim() === "" ? MISSING : v)) };
    const values = raw.map((v, i) => {
      if (v.trim() === "") return MISSING;
      const x = Number(v);
      if (!Number.isFinite(x)) {
        throw new ConfigError(
          `sensitive column "${name}" is binned but holds ${JSON.stringify(v.slice(0, 40))}`,
          {
            location: { file: dataset.file, line: dataset.lineOf(i), path: name },
            hint: `remove bins.${name} to group by its values, or fix the row`,
          },
        );
      }
      return binLabel(x, edges);
    });
    return { name, values };
  });
}

/** The privileged groups the config names, each a value the data holds in a sensitive column. */
export function privilegedGroups(
  config: EvaluateBiasConfig,
  sensitive: readonly SensitiveValues[],
  locate: Locate,
): { column: string; value: string }[] {
  return Object.entries(config.privileged ?? {}).map(([column, value]) => {
    const values = sensitive.find((s) => s.name === column)?.values;
    if (!values) {
      throw new ConfigError(`privileged.${column} is not a sensitive column`, {
        location: locate(["privileged", column]),
        hint: `sensitive: ${config.sensitive.join(", ")}`,
      });
    }
    const seen = [...new Set(values)].sort();
    if (!seen.includes(value)) {
      const near = seen.find((v) => v.toLowerCase() === value.toLowerCase()) ?? misspeltName(value, seen);
      throw new ConfigError(`privileged.${column}: no row has ${column} = ${JSON.stringify(value)}`, {
        location: locate(["privileged", column]),
        hint: `${near ? `did you mean ${JSON.stringify(near)}? ` : ""}values: ${seen.slice(0, 20).join(", ")}`,
      });
    }
    return { column, value };
  });
}
