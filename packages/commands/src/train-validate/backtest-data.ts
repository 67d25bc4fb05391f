import { ConfigError, misspeltName, type SourceLocation, throwConfigErrors } from "@mlops/core";
import { columnIndex, type Dataset, type TrainValidateConfig } from "@mlops/models";

/** The labels as numbers: 0 or 1 for classification, finite for regression; a bad one is located. */
export function readLabels(
  dataset: Dataset,
  config: Pick<TrainValidateConfig, "data" | "task">,
): Float64Array {
  const [values] = dataset.columnValues([config.data.label]);
  const out = new Float64Array(dataset.rows);
  for (let i = 0; i < dataset.rows; i++) {
    const raw = values![i]!;
    const v = raw.trim() === "" ? Number.NaN : Number(raw);
    const ok = config.task === "classification" ? v === 0 || v === 1 : Number.isFinite(v);
    if (!ok) {
      throw new ConfigError(
        `label "${config.data.label}" is ${JSON.stringify(raw)}; ${config.task === "classification" ? "classification labels must be 0 or 1" : "regression targets must be numbers"}`,
        {
          location: { file: dataset.file, line: dataset.lineOf(i), path: config.data.label },
          hint: "fix or drop the row",
        },
      );
    }
    out[i] = v;
  }
  return out;
}

/** The columns the models see: the configured features, or every column but the label and the id. */
export function featureColumns(
  dataset: Dataset,
  config: { data: Pick<TrainValidateConfig["data"], "label" | "id" | "features"> },
  configFile: string,
): number[] {
  const columns = (
    config.data.features ?? dataset.columns.filter((c) => c !== config.data.label && c !== config.data.id)
  ).map((c) => columnIndex(dataset.file, dataset.columns, c));
  if (config.data.features?.includes(config.data.label)) {
    throw new ConfigError("the label column is listed as a feature", {
      location: { file: configFile, path: "data.features" },
      hint: "the model must not see the label",
    });
  }
  return columns;
}

/** Stops when a column the config names is not in the data, naming each with the nearest that is. */
export function requireNamedColumns(
  dataset: Dataset,
  named: readonly [column: string, at: readonly PropertyKey[]][],
  dataPath: string,
  locate: (path: readonly PropertyKey[]) => SourceLocation,
): void {
  throwConfigErrors(
    named
      .filter(([name]) => !dataset.columns.includes(name))
      .map(([name, at]) => {
        const near = misspeltName(name, dataset.columns);
        return new ConfigError(`column "${name}" is not in ${dataPath}`, {
          location: locate(at),
          hint: `${near ? `did you mean "${near}"? ` : ""}the data has: ${dataset.columns.join(", ")}`,
        });
      }),
  );
}
